// covers: conversions among float, double, long double (widening exact, narrowing rounds), int<->float round trips, float to unsigned, large integers to float rounding, float arguments promoted to double in variadic calls
#include <stdio.h>
#include <stdarg.h>

static double vsum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

int main(void) {
    float f = 0.1f;
    double d = f;
    long double ld = d;
    printf("%.20g\n%.20Lg\n", d, ld);
    double d2 = 0.1;
    float f2 = (float)d2;
    printf("%d %d\n", f == f2, d == d2);
    long double l3 = 0.1L;
    double d3 = (double)l3;
    printf("%d\n", d3 == 0.1);
    printf("%.9g\n", vsum(3, 1.5f, 2.25f, (float)0.1));
    for (long long i = 16777210; i < 16777222; i++) printf("%.1f ", (float)i);
    printf("\n");
    for (int i = 0; i < 5; i++) {
        double x = 0.5 + i;
        printf("%d %d %ld ", (int)x, (int)-x, (long)(x * 1e9));
    }
    printf("\n");
    unsigned u = (unsigned)3e9;
    printf("%u\n", u);
    unsigned long long ul = (unsigned long long)1.5e19;
    printf("%llu\n", ul);
    double fromu = 4294967295u;
    printf("%.1f\n", fromu);
    float rounding[] = {0.5f, 1.5f, 2.5f, -0.5f, -1.5f};
    for (int i = 0; i < 5; i++) printf("%d ", (int)rounding[i]);
    printf("\n");
    double dd = 1e-40;
    float ff = (float)dd;          /* subnormal float */
    printf("%.6e\n", (double)ff);
    printf("%.6e\n", (double)(float)1e-50);
    double precise = 3.141592653589793;
    float lossy = (float)precise;
    printf("%.17g %.9g\n", precise, lossy);
    printf("%.17g\n", (double)lossy - precise);
    long double back = (long double)(float)(double)2.7L;
    printf("%.10Lf\n", back);
    return 0;
}
