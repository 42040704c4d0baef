// covers: va_copy to traverse arguments twice, va_list passed by pointer to helper that consumes args, va_arg of struct-free pointer types (int*, double*, function pointers), variadic function with last named param of different types, variadic recursion via va_list
#include <stdio.h>
#include <stdarg.h>

static double stats(int n, ...) {
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    double sum = 0;
    for (int i = 0; i < n; i++) sum += va_arg(ap, double);
    double mean = sum / n, var = 0;
    for (int i = 0; i < n; i++) { double d = va_arg(ap2, double) - mean; var += d * d; }
    va_end(ap2);
    va_end(ap);
    printf("mean=%g var=%g\n", mean, var / n);
    return mean;
}

static int take_pair(va_list *ap) { int a = va_arg(*ap, int); int b = va_arg(*ap, int); return a * b; }
static int sum_of_products(int pairs, ...) {
    va_list ap;
    va_start(ap, pairs);
    int s = 0;
    for (int i = 0; i < pairs; i++) s += take_pair(&ap);
    va_end(ap);
    return s;
}

static void zero_all(int n, ...) {
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) { int *p = va_arg(ap, int *); *p = 0; }
    va_end(ap);
}

typedef int (*unop)(int);
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int apply_all(int x, ...) {
    va_list ap;
    va_start(ap, x);
    unop f;
    while ((f = va_arg(ap, unop)) != NULL) x = f(x);
    va_end(ap);
    return x;
}

static long count_down(int n, va_list ap) {
    if (n == 0) return 0;
    long v = va_arg(ap, long);
    return v + 10 * count_down(n - 1, ap);
}
static long digits(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long r = count_down(n, ap);
    va_end(ap);
    return r;
}

static double last_named_double(double scale, ...) {
    va_list ap;
    va_start(ap, scale);
    double r = scale * va_arg(ap, int);
    va_end(ap);
    return r;
}

int main(void) {
    stats(5, 2.0, 4.0, 4.0, 5.0, 5.0);
    printf("%d\n", sum_of_products(3, 2, 3, 4, 5, 6, 7));
    int a = 1, b = 2, c = 3;
    zero_all(2, &a, &c);
    printf("%d %d %d\n", a, b, c);
    printf("%d\n", apply_all(5, inc, dbl, dbl, inc, (unop)NULL));
    printf("%ld\n", digits(4, 1L, 2L, 3L, 4L));
    printf("%g\n", last_named_double(0.5, 9));
    return 0;
}
