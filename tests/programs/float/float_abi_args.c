// covers: passing and returning float/double/long double by value in many argument positions (more than 8 FP args spills to stack), mixed int/float argument interleaving, structs of floats by value, variadic doubles
#include <stdio.h>
#include <stdarg.h>

struct f3 { float x, y, z; };
struct d2 { double a, b; };
struct fd { float f; double d; };
struct ld1 { long double v; };

static double many(double a, double b, double c, double d, double e, double f, double g, double h,
                   double i, double j, double k) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k;
}
static double interleave(int a, float b, long c, double d, char e, float f, short g, long double h) {
    return a + b + c + d + e + f + g + (double)h;
}
static struct f3 scale3(struct f3 v, float s) { v.x *= s; v.y *= s; v.z *= s; return v; }
static struct d2 swap2(struct d2 v) { struct d2 r = {v.b, v.a}; return r; }
static struct fd mkfd(float f, double d) { struct fd r = {f * 2, d / 2}; return r; }
static struct ld1 ldsq(struct ld1 x) { x.v *= x.v; return x; }
static long double ld_many(long double a, long double b, long double c, long double d) { return a * b - c / d; }
static float fret(float a, float b) { return a * b; }
static double vavg(int n, ...) {
    va_list ap; va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s / n;
}

int main(void) {
    printf("%g\n", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
    printf("%g\n", interleave(1, 2.5f, 3, 4.25, 5, 6.5f, 7, 8.125L));
    struct f3 v = {1.5f, -2.0f, 0.25f};
    struct f3 w = scale3(v, 4.0f);
    printf("%g %g %g\n", w.x, w.y, w.z);
    struct d2 d = swap2((struct d2){1.25, 9.5});
    printf("%g %g\n", d.a, d.b);
    struct fd fd = mkfd(1.5f, 7.0);
    printf("%g %g\n", fd.f, fd.d);
    struct ld1 l = ldsq((struct ld1){1.5L});
    printf("%Lg\n", l.v);
    printf("%Lg\n", ld_many(2, 3, 10, 4));
    printf("%g\n", fret(1.5f, -4.0f));
    printf("%g\n", vavg(5, 1.0, 2.0, 3.0, 4.0, 5.5));
    printf("%g\n", vavg(3, (double)1.5f, 2.5, (double)3));
    double acc = 0;
    for (int i = 0; i < 10; i++) acc += many(i, i * 0.5, 1, 1, 1, 1, 1, 1, 1, 1, i);
    printf("%g\n", acc);
    return 0;
}
