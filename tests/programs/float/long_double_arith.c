// covers: long double (x87 80-bit) arithmetic and printing with %Lf %Le %Lg %La, precision beyond double, conversions long double<->double, LDBL_* constants, long double in functions and arrays
#include <stdio.h>
#include <float.h>

static long double ld_sum(const long double *v, int n) {
    long double s = 0;
    for (int i = 0; i < n; i++) s += v[i];
    return s;
}

int main(void) {
    long double a = 1.0L / 3.0L;
    printf("%.20Lf\n", a);
    printf("%.18Le\n", a);
    printf("%Lg\n", a);
    double d = (double)a;
    printf("%d\n", (long double)d == a);
    long double big = 1e16L;
    printf("%.1Lf\n", big + 1.0L);     /* representable in 64-bit mantissa */
    printf("%.1f\n", (double)big + 1.0);
    printf("%d %d\n", LDBL_MANT_DIG, LDBL_DIG);
    printf("%Le\n", LDBL_EPSILON);
    printf("%d %d\n", LDBL_MAX_EXP, LDBL_MIN_EXP);
    long double v[5] = {1e-20L, 1.0L, -1.0L, 3.25L, 1e20L};
    printf("%.10Le\n", ld_sum(v, 5));
    long double f = 1;
    for (int i = 1; i <= 25; i++) f *= i;
    printf("%.0Lf\n", f);
    long double x = 2.0L;
    for (int i = 0; i < 6; i++) x = (x + 2.0L / x) / 2;   /* sqrt(2) by Newton */
    printf("%.19Lf\n", x);
    printf("%.19Lf\n", x * x);
    printf("%La\n", 1.0L);
    printf("%La\n", 0.5L);
    long double m = 1.0L;
    int bits = 0;
    while (1.0L + m != 1.0L) { m /= 2; bits++; }
    printf("%d\n", bits);
    long double neg = -123.456L;
    printf("%10.3Lf|%-12.2Le|%+Lg\n", neg, neg, -neg);
    long double cmp1 = 0.1L, cmp2 = 0.1;
    printf("%d %d\n", cmp1 == cmp2, cmp1 > cmp2);
    printf("%d\n", (int)sizeof(long double));
    unsigned long long ull = 18446744073709551615ULL;
    long double lu = ull;
    printf("%.1Lf\n", lu);
    printf("%llu\n", (unsigned long long)lu);
    return 0;
}
