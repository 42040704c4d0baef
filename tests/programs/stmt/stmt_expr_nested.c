// covers: nested statement expressions, statement expressions with declarations shadowing outer names, loops with break/continue inside statement expressions, statement expressions in loop conditions and array subscripts, in initializers of static-free locals, macro-generated chains
#include <stdio.h>

#define SQUARE(x) ({ __typeof__(x) _v = (x); _v * _v; })
#define CLAMP(x, lo, hi) ({ __typeof__(x) _x = (x); _x < (lo) ? (lo) : _x > (hi) ? (hi) : _x; })
#define FIRST_DIV(n) ({ int _d = 2; while ((n) % _d) _d++; _d; })

int main(void) {
    int x = 5;
    int y = ({ int x = 10; ({ int x = 20; x; }) + x; }) + x;
    printf("%d\n", y);
    printf("%d\n", SQUARE(SQUARE(3)));
    printf("%d %d %d\n", CLAMP(SQUARE(4), 0, 10), CLAMP(-5, 0, 10), CLAMP(7, 0, 10));
    for (int n = 10; n <= 20; n++) printf("%d ", FIRST_DIV(n));
    printf("\n");
    int v = ({
        int acc = 0;
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 0) continue;
            if (i > 15) break;
            acc += i;
        }
        acc;
    });
    printf("%d\n", v);
    int arr[10] = {0};
    arr[({ int k = 2; k * 3; })] = 99;
    printf("%d\n", arr[6]);
    int count = 0;
    while (({ int c = count * count; c < 50; })) count++;
    printf("%d\n", count);
    int total = 0;
    for (int i = 0; i < 4; i++) total += ({ int t = i; ({ int u = t * 10; u + t; }); });
    printf("%d\n", total);
    long big = ({ long b = 1; for (int i = 0; i < 40; i++) b <<= 1; b; });
    printf("%ld\n", big);
    return 0;
}
