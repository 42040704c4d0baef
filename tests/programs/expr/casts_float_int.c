// covers: casts float/double/long double -> integer types (truncation toward zero, negative values), integer -> float/double (rounding of large values), double->float rounding, unsigned <-> float
#include <stdio.h>

int main(void) {
    double ds[] = {0.0, 0.5, 0.999, 1.0, 1.5, 2.5, -0.5, -1.5, -2.999, 123456.789, -98765.4321, 2147483647.0, -2147483648.0};
    for (int i = 0; i < (int)(sizeof ds / sizeof ds[0]); i++)
        printf("%g -> %d %ld %lld\n", ds[i], (int)ds[i], (long)ds[i], (long long)ds[i]);
    printf("%u %lu %llu\n", (unsigned)3.99, (unsigned long)1e19, (unsigned long long)1.8e19);
    printf("%d %d\n", (unsigned char)200.7, (signed char)-100.9);
    printf("%d %d\n", (short)-32768.5, (unsigned short)65535.9);
    float f = 3.7f;
    printf("%d %d\n", (int)f, (int)-f);
    long double ld = 9.99999L;
    printf("%d %lld\n", (int)ld, (long long)(ld * 1e10L));
    printf("%.1f\n", (double)16777217);          /* exact in double */
    printf("%.1f\n", (float)16777217);           /* rounds in float */
    printf("%.1f\n", (double)9007199254740993LL); /* rounds */
    printf("%.1f\n", (double)18446744073709551615ULL);
    printf("%.1f\n", (float)4294967295u);
    printf("%.1f\n", (double)-9223372036854775807LL);
    double third = 1.0 / 3.0;
    float tf = (float)third;
    printf("%.17g\n%.9g\n", third, (double)tf);
    printf("%d\n", (double)tf == third);
    double big = 1e300;
    float inf = (float)big;
    printf("%g\n", (double)inf);
    double tiny = 1e-300;
    printf("%g\n", (double)(float)tiny);
    int ival = 123456789;
    float fi = (float)ival;
    printf("%.1f %d\n", fi, (int)fi);
    unsigned long long u64 = 0x8000000000000401ULL;
    printf("%.1f\n", (double)u64);
    _Bool b = (_Bool)0.1;
    printf("%d\n", b);
    printf("%d\n", (int)(char)65.9);
    for (int i = -3; i <= 3; i++) printf("%d ", (int)(i / 2.0));
    printf("\n");
    return 0;
}
