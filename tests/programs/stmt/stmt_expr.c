// covers: GNU statement expressions ({ ... }) as values, in safe MAX/MIN macros evaluating args once, containing loops and declarations, as function arguments, in conditions, with void value, returning structs and pointers, last expression type determines result
#include <stdio.h>

#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define MIN(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a < _b ? _a : _b; })
#define SUM_TO(n) ({ int _s = 0; for (int _i = 1; _i <= (n); _i++) _s += _i; _s; })

struct pt { int x, y; };
static int calls;
static int f(int v) { calls++; return v; }

int main(void) {
    int a = ({ int t = 3; t * t; });
    printf("%d\n", a);
    int mx1 = MAX(f(3), f(8));
    printf("%d %d\n", mx1, calls);
    int mn = MIN(f(-2), f(5));
    printf("%d %d\n", mn, calls);
    printf("%g\n", MAX(1.5, 2.5));
    printf("%d %d\n", SUM_TO(10), SUM_TO(100));
    int i = 0;
    int r = ({ int acc = 0; while (i < 5) acc += i++; acc; });
    printf("%d %d\n", r, i);
    struct pt p = ({ struct pt tmp = {1, 2}; tmp.x += 10; tmp; });
    printf("%d %d\n", p.x, p.y);
    int arr[] = {4, 8, 15, 16, 23, 42};
    int *mx = ({ int *best = arr; for (int k = 1; k < 6; k++) if (arr[k] > *best) best = &arr[k]; best; });
    printf("%d %td\n", *mx, mx - arr);
    if (({ int c = 0; for (int k = 0; k < 6; k++) c += arr[k] % 2; c; }) == 2) printf("two odds\n");
    ({ printf("void stmt expr\n"); });
    printf("%d\n", f(({ int q = 6; q * 7; })));
    double d = ({ int n = 3; n / 2.0; });
    printf("%g\n", d);
    int nested = ({ int o = 1; o + ({ int in = 10; in * 2; }); });
    printf("%d\n", nested);
    const char *s = ({ static const char msg[] = "static in stmt expr"; msg; });
    printf("%s\n", s);
    return 0;
}
