// covers: typedefs of function types and function pointer types, declaring functions with a function typedef, pointers to function typedef, function pointers as struct members and params, conversion between function pointer types through casts and back
#include <stdio.h>

typedef int binop_fn(int, int);      /* function type */
typedef binop_fn *binop_ptr;         /* pointer to function type */
typedef void (*visitor)(int value, void *ctx);
typedef double (*dfun)(double);

static binop_fn gcd;                 /* declare function via typedef */
static int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }
static int lcm(int a, int b) { return a / gcd(a, b) * b; }

static int fold(const int *v, int n, binop_fn *f, int init) {
    for (int i = 0; i < n; i++) init = f(init, v[i]);
    return init;
}

static void sum_visitor(int value, void *ctx) { *(long *)ctx += value; }
static void max_visitor(int value, void *ctx) { int *m = ctx; if (value > *m) *m = value; }
static void each(const int *v, int n, visitor fn, void *ctx) { for (int i = 0; i < n; i++) fn(v[i], ctx); }

static double half(double x) { return x / 2; }
static double twice(double x) { return x * 2; }
static double compose_apply(dfun f, dfun g, double x) { return f(g(x)); }

int main(void) {
    int v[] = {12, 18, 30, 42};
    binop_ptr p = gcd;
    printf("%d %d\n", fold(v, 4, p, 0), fold(v, 4, lcm, 1));
    binop_fn *q = &lcm;
    printf("%d\n", q(4, 6));
    long total = 0;
    int mx = -1;
    each(v, 4, sum_visitor, &total);
    each(v, 4, max_visitor, &mx);
    printf("%ld %d\n", total, mx);
    printf("%g %g\n", compose_apply(half, twice, 3), compose_apply(twice, twice, 1.5));
    void (*generic)(void) = (void (*)(void))gcd;
    binop_ptr back = (binop_ptr)generic;
    printf("%d\n", back(100, 75));
    dfun table[] = {half, twice, half};
    double x = 10;
    for (int i = 0; i < 3; i++) x = table[i](x);
    printf("%g\n", x);
    printf("%d\n", (int)sizeof(binop_ptr));
    return 0;
}
