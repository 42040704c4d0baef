// covers: static inline functions, C99 inline definition plus extern inline declaration in the same file (emits external definition), plain inline function used with its extern definition, __attribute__((always_inline)) and __attribute__((noinline)), inline recursion, address of inline function
#include <stdio.h>

static inline int sq(int x) { return x * x; }
static inline int cube(int x) { return sq(x) * x; }

inline int c99_add(int a, int b) { return a + b; }
extern inline int c99_add(int a, int b);     /* provides the external definition in this TU */

inline double c99_avg(double a, double b) { return (a + b) / 2; }
extern double c99_avg(double a, double b);   /* also makes it external */

static inline __attribute__((always_inline)) int fast_max(int a, int b) { return a > b ? a : b; }
static __attribute__((noinline)) int slow_min(int a, int b) { return a < b ? a : b; }
__attribute__((noinline)) int ext_noinline(int x) { return x ^ 0x55; }

static inline int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

int main(void) {
    printf("%d %d\n", sq(7), cube(-3));
    printf("%d %g\n", c99_add(40, 2), c99_avg(1, 2));
    printf("%d %d\n", fast_max(3, 8), slow_min(3, 8));
    printf("%d\n", ext_noinline(0xff));
    printf("%d\n", fact(10));
    int (*p)(int, int) = c99_add;
    int (*q)(int) = sq;
    printf("%d %d\n", p(1, 2), q(9));
    int acc = 0;
    for (int i = 0; i < 100; i++) acc += fast_max(sq(i % 10), slow_min(i, 50));
    printf("%d\n", acc);
    return 0;
}
