/* float and double: arithmetic, conversions int<->float, unsigned<->double with edge values,
 * infinities, NaN, negative zero, subnormals, comparisons, %a/%e/%g formatting. */
#include <stdio.h>
#include <float.h>
#include <math.h>
#include <limits.h>
#include <stdint.h>

static volatile double vd0 = 0.0;

static float fmadd(float a, float b, float c) { return a * b + c; }
static double dpoly(double x) { return ((2.5 * x - 1.25) * x + 0.5) * x - 3.0; }

int main(void)
{
    float f = 1.0f / 3.0f + (float)vd0;
    double d = 1.0 / 3.0 + vd0;
    printf("third %.9g %.17g %a %a\n", f, d, f, d);
    printf("ops %.9g %.9g %.9g %.9g\n", f + 2.5f, f - 0.75f, f * 7.0f, f / 0.3f);
    printf("dops %.17g %.17g %.17g %.17g\n", d + 2.5, d - 0.75, d * 7.0, d / 0.3);
    printf("fmadd %.9g poly %.17g\n", fmadd(1.5f, 2.25f, -0.125f), dpoly(1.75));
    printf("promote %.17g %.9g\n", (double)f, (float)d);

    /* int -> float/double */
    int ints[] = {0, 1, -1, 16777217, -16777217, INT_MAX, INT_MIN, 123456789};
    for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++)
        printf("i2f %d -> %.1f %.1f\n", ints[i], (double)(float)ints[i], (double)ints[i]);
    long long lls[] = {9007199254740993LL, -9007199254740993LL, LLONG_MAX, LLONG_MIN, 1LL << 62};
    for (unsigned i = 0; i < sizeof lls / sizeof lls[0]; i++)
        printf("ll2d %lld -> %.1f %.1f\n", lls[i], (double)lls[i], (double)(float)lls[i]);

    /* unsigned -> double, including values with the top bit set */
    unsigned long long us[] = {0, 1, 0x7FFFFFFFFFFFFFFFULL, 0x8000000000000000ULL, 0x8000000000000001ULL,
                               0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFFFFFFF800ULL, 0xFFFFFFFFFFFFFBFFULL, 12345678901234567890ULL};
    for (unsigned i = 0; i < sizeof us / sizeof us[0]; i++)
        printf("u2d %llu -> %.1f %.1f\n", us[i], (double)us[i], (double)(float)us[i]);
    unsigned int u32s[] = {0u, 1u, 0x80000000u, 0xFFFFFFFFu, 0xFFFFFF7Fu};
    for (unsigned i = 0; i < sizeof u32s / sizeof u32s[0]; i++)
        printf("u32 %u -> %.1f %.1f\n", u32s[i], (double)u32s[i], (double)(float)u32s[i]);

    /* double -> unsigned / int (all in range, truncation toward zero) */
    double ds[] = {0.0, 0.9999, 1.5, 2147483647.0, 4294967295.0, 9223372036854775808.0,
                   18446744073709549568.0, 12345678901234567168.0, 1e19};
    for (unsigned i = 0; i < sizeof ds / sizeof ds[0]; i++)
        printf("d2u %.1f -> %llu %u\n", ds[i], (unsigned long long)ds[i], ds[i] < 4294967296.0 ? (unsigned)ds[i] : 0u);
    double sds[] = {-0.5, -1.5, -2147483648.0, 2147483647.9, -9223372036854775808.0, 1e18, -7.99};
    for (unsigned i = 0; i < sizeof sds / sizeof sds[0]; i++)
        printf("d2i %.2f -> %lld %d %d\n", sds[i], (long long)sds[i],
               sds[i] >= -2147483648.0 && sds[i] < 2147483648.0 ? (int)sds[i] : 0, (signed char)(int)fmod(sds[i], 100.0));
    float fs[] = {3.99f, -3.99f, 16777216.0f, 4294967040.0f, 1e10f};
    for (unsigned i = 0; i < sizeof fs / sizeof fs[0]; i++)
        printf("f2i %.2f -> %lld %llu\n", fs[i], (long long)fs[i], fs[i] >= 0 ? (unsigned long long)fs[i] : 0ULL);

    /* edge values */
    double inf = 1.0 / (vd0);
    double nan_ = vd0 / vd0;
    double nz = -vd0;
    printf("inf %f %f %e\n", inf, -inf, inf * 0.5);
    printf("nan %d %d %d %d\n", nan_ != nan_, nan_ < 1.0, nan_ == nan_, isnan(nan_) != 0);
    printf("negzero %g %g %d %d\n", nz, 1.0 / nz, nz == 0.0, signbit(nz) != 0);
    printf("limits %g %g %g %g %.17g\n", DBL_MAX, DBL_MIN, FLT_MAX, FLT_MIN, DBL_EPSILON);
    printf("limits %a %a %a\n", DBL_MAX, DBL_MIN, DBL_TRUE_MIN);
    double sub = DBL_MIN / 4.0 + vd0;
    printf("subnormal %a %a %d\n", sub, sub * 4.0, fpclassify(sub) == FP_SUBNORMAL);
    float fsub = FLT_MIN / 8.0f + (float)vd0;
    printf("fsub %a %a\n", fsub, (double)fsub);
    printf("overflow %f %f\n", DBL_MAX * 2.0 + vd0, (double)(float)(1e39 + vd0));
    printf("fltrange %a %.9g\n", (double)(float)(DBL_MIN + vd0), (double)(float)(0.1 + vd0));

    /* comparisons and mixed arithmetic */
    printf("cmp %d %d %d %d %d\n", 0.1f == 0.1, 0.5f == 0.5, 1e16 + 1 == 1e16, (float)16777217 == 16777216.0f, -0.0 == 0.0);
    int k = 7;
    unsigned uk = 3;
    long lk = -11;
    printf("mixed %.17g %.17g %.9g %.17g\n", k / 2.0, uk * 0.1, lk / 4.0f, (double)k / uk);
    double acc = 0;
    for (int i = 1; i <= 100; i++)
        acc += 1.0 / i;
    float facc = 0;
    for (int i = 1; i <= 100; i++)
        facc += 1.0f / (float)i;
    printf("harmonic %.17g %.9g\n", acc, facc);
    printf("round %.0f %.0f %.0f %.0f %.3f %.3f\n", 0.5, 1.5, 2.5, -0.5, 1.0005, 2.0005);
    printf("fmt %e %g %g %g %G\n", 123456.789, 1e-5, 123456789.0, 0.0001, 1e100);
    printf("math %.17g %.17g %.17g %.17g\n", sqrt(2.0 + vd0), floor(-2.5 + vd0), ceil(-2.5 + vd0), fabs(-3.25 + vd0));
    printf("mathf %.9g %.9g %.9g\n", sqrtf(2.0f + (float)vd0), floorf(2.7f + (float)vd0), fabsf(-1.5f));
    printf("fmod %.17g %.17g %.17g\n", fmod(10.5 + vd0, 3.0), trunc(-2.7 + vd0), round(2.5 + vd0));
    printf("cast chain %d %u %.1f\n", (int)(float)(double)123456, (unsigned)(double)(float)4000000000u, (double)(long)(float)-2.5);
    uint64_t bits;
    double pi = 3.141592653589793 + vd0;
    __builtin_memcpy(&bits, &pi, 8);
    printf("bits %016llx\n", (unsigned long long)bits);
    return 0;
}
