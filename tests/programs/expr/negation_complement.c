// covers: unary minus, unary plus, bitwise complement and logical not on signed/unsigned types of all widths, two's complement identities (-x == ~x + 1), negation of unsigned
#include <stdio.h>

int main(void) {
    int vals[] = {0, 1, -1, 5, -5, 255, 256, 0x7fffffff, -0x7fffffff};
    for (int i = 0; i < 9; i++) {
        int v = vals[i];
        printf("%d %d %d %d %d %d\n", v, -v, +v, ~v, !v, -v == ~v + 1);
    }
    unsigned u = 5;
    printf("%u %u %u\n", -u, ~u, ~u + 1);
    unsigned long ul = 1;
    printf("%lu %lu\n", -ul, ~ul);
    unsigned long long ull = 0;
    printf("%llu %llu\n", -ull, ~ull);
    long long ll = 123456789012LL;
    printf("%lld %lld\n", -ll, ~ll);
    short s = 100;
    printf("%d %d\n", -s, ~s);
    unsigned short us = 100;
    printf("%d %d %d\n", -us, ~us, (unsigned short)~us);
    unsigned char uc = 1;
    printf("%d %d %d\n", -uc, ~uc, (unsigned char)-uc);
    signed char sc = -128;
    printf("%d %d\n", -sc, ~sc);
    double d = 2.5;
    printf("%g %g %d\n", -d, +d, !d);
    float f = -0.0f;
    printf("%g %g\n", -f, +f);
    int x = 6;
    printf("%d\n", - - - x);
    printf("%d\n", ~~x);
    printf("%d\n", !!!x);
    printf("%d\n", -~x);
    printf("%d\n", ~-x);
    long double ld = 1.0L;
    printf("%Lg\n", -ld);
    __int128 big = 1;
    big = -(big << 100);
    printf("%lld\n", (long long)(big >> 90));
    return 0;
}
