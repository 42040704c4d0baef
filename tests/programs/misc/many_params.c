// covers: functions with 20 parameters of mixed int/double/long/float/char/pointer types (register exhaustion for both integer and SSE classes, stack-passed args), returning double and struct, calling through function pointer, variadic with 20 args, recursion with many params
#include <stdio.h>
#include <stdarg.h>

struct res { double sum; long isum; };

static double mix20(int a1, double b1, int a2, double b2, long a3, float b3, char a4, double b4, short a5, double b5,
                    int a6, double b6, unsigned a7, double b7, long long a8, double b8, int a9, float b9, int a10, double b10) {
    return a1 * 1.0 + b1 * 2 + a2 * 3 + b2 * 4 + a3 * 5 + b3 * 6 + a4 * 7 + b4 * 8 + a5 * 9 + b5 * 10 +
           a6 * 11 + b6 * 12 + a7 * 13 + b7 * 14 + a8 * 15 + b8 * 16 + a9 * 17 + b9 * 18 + a10 * 19 + b10 * 20;
}

static struct res split20(int i1, int i2, int i3, int i4, int i5, int i6, int i7, int i8, int i9, int i10,
                          double d1, double d2, double d3, double d4, double d5, double d6, double d7, double d8, double d9, double d10) {
    struct res r;
    r.isum = i1 - i2 + i3 - i4 + i5 - i6 + i7 - i8 + i9 - i10 + (long)i10 * i1;
    r.sum = d1 / d2 + d3 * d4 - d5 + d6 - d7 * d8 + d9 / d10;
    return r;
}

static long ptrs20(const int *p1, const int *p2, const int *p3, const int *p4, const int *p5, const int *p6, const int *p7,
                   const int *p8, const int *p9, const int *p10, int k1, int k2, int k3, int k4, int k5, int k6, int k7,
                   int k8, int k9, int k10) {
    return (long)*p1 * k1 + *p2 * k2 + *p3 * k3 + *p4 * k4 + *p5 * k5 + *p6 * k6 + *p7 * k7 + *p8 * k8 + *p9 * k9 + *p10 * k10;
}

static long rec20(int n, int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int o,
                  int p, int q, int r, int s, int t) {
    if (n == 0) return a + b + c + d + e + f + g + h + i + j + k + l + m + o + p + q + r + s + t;
    return rec20(n - 1, b, c, d, e, f, g, h, i, j, k, l, m, o, p, q, r, s, t, a + n);
}

static double var20(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += (i % 2 ? va_arg(ap, double) : (double)va_arg(ap, int)) * (i + 1);
    va_end(ap);
    return s;
}

int main(void) {
    printf("%g\n", mix20(1, 0.5, 2, 1.5, 3L, 2.5f, 'a', 3.5, 5, 4.5, 6, 5.5, 7u, 6.5, 8LL, 7.5, 9, 8.5f, 10, 9.5));
    double (*fp)(int, double, int, double, long, float, char, double, short, double, int, double, unsigned, double,
                 long long, double, int, float, int, double) = mix20;
    printf("%g\n", fp(-1, -0.5, -2, -1.5, -3L, -2.5f, 'z', -3.5, -5, -4.5, -6, -5.5, 70u, -6.5, -8LL, -7.5, -9, -8.5f, -10, -9.5));
    struct res r = split20(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5);
    printf("%g %ld\n", r.sum, r.isum);
    int v[10] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    printf("%ld\n", ptrs20(&v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9], 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("%ld\n", rec20(50, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19));
    printf("%g\n", var20(20, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5));
    double acc = 0;
    for (int i = 0; i < 100; i++)
        acc += mix20(i, i * 0.1, i + 1, i * 0.2, i + 2, (float)i * 0.3f, (char)(i % 100), i * 0.4, (short)i, i * 0.5,
                     i, 0.6, (unsigned)i, 0.7, i, 0.8, i, 0.9f, i, 1.0);
    printf("%.3f\n", acc);
    return 0;
}
