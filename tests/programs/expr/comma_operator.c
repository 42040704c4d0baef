// covers: comma operator in expressions, for loops, function arguments (parenthesized), as lvalue-less value, sequencing of side effects, comma in conditions and return
#include <stdio.h>

static int counter;
static int tick(int v) { counter++; return v; }

static int f(int a, int b) { return a * 10 + b; }

static int g(int x) { return (x++, x++, x * 2); }

int main(void) {
    int a, b, c;
    a = (b = 3, c = 4, b + c);
    printf("%d %d %d\n", a, b, c);
    int x = (tick(1), tick(2), tick(3));
    printf("%d %d\n", x, counter);
    for (a = 0, b = 10; a < b; a++, b--) printf("%d-%d ", a, b);
    printf("\n");
    printf("%d\n", f((a = 1, a + 1), (b = 5, b * 2)));
    printf("%d\n", g(5));
    int i = 0;
    while (i++, i < 5) printf("%d ", i);
    printf("\n");
    int v = 0;
    if ((v = 7, v > 5)) printf("big %d\n", v);
    int arr[3] = {0};
    int k = 0;
    arr[(k++, k++, k)] = 9;
    printf("%d %d %d %d\n", arr[0], arr[1], arr[2], k);
    double d = (tick(1), 2.5);
    printf("%g\n", d);
    int sum = 0;
    for (int p = 0, q = 1; p < 20; p += q, q++) sum += p;
    printf("%d\n", sum);
    char *s = (a = 3, "comma string");
    printf("%s %d\n", s, a);
    int y = 1;
    y = (y += 2, y *= 3, y - 1);
    printf("%d\n", y);
    printf("%d\n", (int)sizeof(tick(1), (char)1));
    return (counter = 0, counter);
}
