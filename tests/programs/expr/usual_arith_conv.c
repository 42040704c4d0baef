// covers: usual arithmetic conversions for mixed signed/unsigned of all ranks, int/long/long long mixing, integer/float mixing, division results by type
#pragma GCC diagnostic ignored "-Wsign-compare"
#include <stdio.h>

int main(void) {
    int i = -7;
    unsigned u = 2;
    long l = -7;
    unsigned long ul = 2;
    long long ll = -7;
    unsigned long long ull = 2;
    printf("%u\n", i / u);         /* i converted to unsigned */
    printf("%ld\n", l / (long)u);
    printf("%ld\n", l / u);        /* u converted to long */
    printf("%lu\n", l / ul);
    printf("%lld\n", ll / u);
    printf("%llu\n", ll / ull);
    printf("%u\n", i + u);
    printf("%ld\n", i + 0L);
    printf("%d\n", i * 2 + u > 0);
    printf("%d\n", (long)i * u < 0);
    unsigned char uc = 250;
    signed char sc = -10;
    printf("%d\n", uc + sc);
    printf("%u\n", uc + sc + 0u);
    unsigned short us = 65000;
    short ss = -100;
    printf("%d\n", us * ss);
    printf("%f\n", i / 2.0);
    printf("%f\n", u / 4.0f);
    printf("%f\n", (double)(i / 2));
    printf("%.3f\n", ll * 0.5);
    printf("%.1f\n", ull + 0.5);
    printf("%.1f\n", (float)u - 3);
    long double ld = i;
    printf("%.2Lf\n", ld / 4);
    printf("%u\n", (unsigned)(i % 3) + 0u);
    printf("%d\n", i % 3);
    unsigned int m = 3000000000u;
    long long sum = m + 1LL;  /* unsigned -> long long */
    printf("%lld\n", sum);
    unsigned int sum2 = m + m;
    printf("%u\n", sum2);
    printf("%lld\n", (long long)m + m);
    int neg = -1;
    unsigned long long wide = neg;       /* sign extends then wraps */
    printf("%llx\n", wide);
    unsigned long long wide2 = (unsigned)neg;
    printf("%llx\n", wide2);
    printf("%d\n", (char)300 + (short)70000);
    return 0;
}
