// covers: unsigned wraparound for unsigned char/short/int/long/long long, negation of unsigned, conversion of negative to unsigned
#include <stdio.h>
#include <limits.h>

int main(void) {
    unsigned int u = 0;
    u--;
    printf("%u\n", u);
    u++;
    printf("%u\n", u);
    printf("%u\n", UINT_MAX + 1u);
    printf("%u\n", -1u);
    printf("%u\n", -5u / 2);
    unsigned x = 3;
    printf("%u\n", -x);
    printf("%u\n", x - 5);
    printf("%lu\n", 0UL - 1);
    printf("%llu\n", 0ULL - 1);
    unsigned short us = 0;
    us = (unsigned short)(us - 1);
    printf("%u\n", us);
    unsigned char uc = 0;
    uc = (unsigned char)(uc - 1);
    printf("%u\n", uc);
    printf("%u\n", (unsigned)-1 >> 1);
    printf("%u\n", 4000000000u + 4000000000u);
    printf("%u\n", 70000u * 70000u);
    printf("%llu\n", 5000000000ULL * 5000000000ULL);
    unsigned int a = 7, b = 10;
    printf("%u %d\n", a - b, (int)(a - b));
    printf("%d\n", a - b > 0);
    unsigned long long acc = 0;
    for (unsigned i = 0; i < 100; i++) acc = acc * 6364136223846793005ULL + 1442695040888963407ULL;
    printf("%llu\n", acc);
    unsigned int lcg = 12345;
    for (int i = 0; i < 10; i++) { lcg = lcg * 1103515245u + 12345u; printf("%u ", lcg); }
    printf("\n");
    int neg = -1;
    printf("%u %lu %llu\n", (unsigned)neg, (unsigned long)neg, (unsigned long long)neg);
    printf("%u\n", (unsigned)(signed char)-128);
    printf("%u\n", (unsigned char)-128);
    return 0;
}
