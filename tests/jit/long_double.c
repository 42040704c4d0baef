/* long double: passed to printf("%Lf"), returned from strtold and sqrtl, arithmetic,
 * conversions, in arrays and structs.
 * NOTE: cir's JIT holds long double as double, so every value printed here is exactly
 * representable as a double (the test checks the ABI of long double, not its precision). */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <stdarg.h>

struct LD {
    int tag;
    long double v;
};

static long double half(long double x) { return x / 2; }
static long double sum3(long double a, double b, long double c) { return a + b + c; }
static struct LD make(int tag, long double v)
{
    struct LD r = { tag, v };
    return r;
}

/* va_arg(ap, long double) reads 16-byte slots from the overflow area */
static long double vsum(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long double s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, long double);
    va_end(ap);
    return s;
}

/* long doubles are always passed in memory: mixed with ints and doubles in registers */
static long double mixed_args(int a, long double b, double c, long double d, int e, long double f, double g)
{
    return a + b * 2 + c * 4 + d * 8 + e * 16 + f * 32 + g * 64;
}

static long double by_struct(struct LD x, struct LD y) { return x.v * x.tag + y.v * y.tag; }

int main(void)
{
    long double a = 1.5L;
    long double b = -0.125L;
    printf("a=%Lf b=%Lf\n", a, b);
    printf("sum=%Lf prod=%Lf quot=%Lf\n", a + b, a * b, a / b);
    printf("fmt %.3Lf %Le %Lg %10.2Lf|\n", a * 1024, b, a * 4, a);
    printf("mixed %Lf %d %Lf %s %Lf\n", a, 42, b, "str", (long double)0.75);

    long double s1 = strtold("2.5", NULL);
    long double s2 = strtold("-1234.75", NULL);
    char *end;
    long double s3 = strtold("0.0625xyz", &end);
    printf("strtold %Lf %Lf %Lf rest=%s\n", s1, s2, s3, end);
    printf("sqrtl %Lf %Lf %Lf\n", sqrtl(16.0L), sqrtl(2.25L), sqrtl(s1 * s1));
    printf("fabsl %Lf floorl %Lf ceill %Lf\n", fabsl(s2), floorl(s1), ceill(-s1));
    printf("half %Lf sum3 %Lf\n", half(a), sum3(a, 2.0, b));

    long double arr[5];
    for (int i = 0; i < 5; i++)
        arr[i] = i * 0.5L;
    long double t = 0;
    for (int i = 0; i < 5; i++)
        t += arr[i];
    printf("arr %Lf %Lf\n", t, arr[3]);

    struct LD st = make(7, 3.25L);
    printf("struct %d %Lf %zu\n", st.tag, st.v, sizeof(struct LD));
    printf("conv %d %lld %f %f\n", (int)(a * 10), (long long)(s2 * 4), (double)s3, (double)(float)a);
    long double fromi = 123456789;
    long double fromu = 4000000000u;
    printf("from int %Lf %Lf\n", fromi, fromu);
    printf("cmp %d %d %d\n", a > b, a == 1.5, s1 < 2.5L);
    printf("vsum %Lf %Lf\n", vsum(3, 0.5L, 0.25L, 0.125L), vsum(10, 1.0L, 2.0L, 3.0L, 4.0L, 5.0L, 6.0L, 7.0L, 8.0L, 9.0L, 10.5L));
    printf("mixed_args %Lf\n", mixed_args(1, 0.5L, 0.25, 0.125L, 2, 1.5L, -0.5));
    printf("by_struct %Lf\n", by_struct(make(2, 1.25L), make(-3, 0.5L)));
    /* long doubles after the registers are used up: 16-byte aligned slots in the stack area */
    printf("late %d %d %d %d %d %Lf %f %f %f %f %f %f %f %f %Lf %f %d %Lf\n", 1, 2, 3, 4, 5, 0.5L, 1.0, 2.0, 3.0, 4.0,
           5.0, 6.0, 7.0, 8.0, -1.25L, 9.0, 6, 1e15L);
    char lbuf[128];
    snprintf(lbuf, sizeof lbuf, "%Lg|%d|%Lg|%c|%Lf", 3.5L, 7, -0.0625L, 'x', 1024.0L);
    printf("snprintf %s\n", lbuf);
    /* conversions at the edges of the integer kinds (all values exact in a double) */
    volatile long double big = 18000000000000000000.0L;
    unsigned long long ubig = (unsigned long long)big;
    unsigned long long umax = 18446744073709549568ULL; /* 2^64 - 2048 */
    long double fromumax = umax;
    long long nbig = (long long)(-big / 4);
    __int128 i128 = (__int128)(big * 1024);
    long double from128 = (long double)((__int128)1 << 100);
    printf("edges %llu %Lf %lld %llx%016llx %Lf %f %d\n", ubig, fromumax, nbig, (unsigned long long)(i128 >> 64),
           (unsigned long long)i128, from128, (double)(float)big, (int)(unsigned char)(long double)200.0L);
    long double ldarr[3] = { 1.0L, -2.5L, 1e10L };
    printf("array init %Lf %Lf %Lf\n", ldarr[0], ldarr[1], ldarr[2]);
    return 0;
}
