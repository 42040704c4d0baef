// covers: < <= > >= == != on all integer types, signed/unsigned comparisons (-1 < 1u), comparisons of promoted small types, comparison results as ints
#include <stdio.h>
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wtype-limits"

int main(void) {
    printf("%d\n", -1 < 1u);            /* 0: -1 converts to UINT_MAX */
    printf("%d\n", -1 < 1);             /* 1 */
    printf("%d\n", -1L < 1u);           /* 1: long holds all unsigned values */
    printf("%d\n", -1LL < 1ull);        /* 0 */
    printf("%d\n", -1 < (unsigned char)1);  /* 1: promoted to int */
    printf("%d\n", -1 < (unsigned short)1); /* 1 */
    printf("%d\n", (unsigned)-1 == -1);  /* 1 */
    printf("%d\n", 0u > -1);            /* 0 */
    printf("%d\n", -1L > 1ul);          /* 1 */
    signed char sc = -1;
    unsigned char uc = 255;
    printf("%d %d\n", sc == uc, (unsigned char)sc == uc);
    short s = -1;
    unsigned short us = 65535;
    printf("%d %d\n", s == us, (unsigned short)s == us);
    int a[] = {-3, 0, 5};
    unsigned b[] = {0, 3, 4000000000u};
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            printf("%d%d%d%d%d%d ", a[i] < b[j], a[i] <= b[j], a[i] > b[j], a[i] >= b[j], a[i] == b[j], a[i] != b[j]);
    printf("\n");
    long long x = 5000000000LL;
    int y = 705032704;  /* 5000000000 mod 2^32 */
    printf("%d %d\n", x == y, (int)x == y);
    printf("%d\n", (1 < 2) + (2 < 1) + (3 >= 3) + (4 != 4));
    printf("%d\n", (1 < 2) == 1);
    printf("%d\n", (int)sizeof(1 < 2));
    _Bool t = 1;
    printf("%d %d\n", t == 1, t > 0);
    char c1 = 'a', c2 = 'b';
    printf("%d %d\n", c1 < c2, c2 - c1 == 1);
    unsigned long long big = 18446744073709551615ULL;
    printf("%d %d\n", big > 0, big == (unsigned long long)-1);
    long double ld = 1.0L;
    printf("%d\n", ld == 1);
    int cmp_chain = 0;
    for (int i = -5; i <= 5; i++) cmp_chain += (i < 0) - (i > 0);
    printf("%d\n", cmp_chain);
    return 0;
}
