// covers: long mixed-type expressions combining char, short, int, unsigned, long long, float, double in loops, checksum of many operations, implicit conversions in each step
#include <stdio.h>

int main(void) {
    unsigned long long h = 0;
    for (int i = -50; i < 50; i++) {
        signed char c = (signed char)(i * 3);
        unsigned char uc = (unsigned char)(i * 7);
        short s = (short)(i * 1000);
        unsigned short us = (unsigned short)(i * 977);
        int n = i * 12345;
        unsigned u = (unsigned)i * 2654435761u;
        long long ll = (long long)i * 1000000007LL;
        double d = i / 3.0;
        float f = (float)i / 7.0f;
        long long e1 = c + uc * s - us / (uc + 1) + n % 97;
        unsigned long long e2 = u ^ (u >> 7) ^ (unsigned long long)ll;
        long long e3 = (long long)(d * 1000.0) + (long long)(f * 100.0f);
        int e4 = (c < uc) + (s > us) * 2 + (n < 0 ? 4 : 0) + (u & 8);
        long long e5 = ll / (i == 0 ? 1 : i) + (ll % 1000);
        h = h * 31 + (unsigned long long)e1;
        h = h * 31 + e2;
        h = h * 31 + (unsigned long long)e3;
        h = h * 31 + (unsigned long long)e4;
        h = h * 31 + (unsigned long long)e5;
        if (i % 10 == 0) printf("%d: %lld %llu %lld %d %lld\n", i, e1, e2, e3, e4, e5);
    }
    printf("hash %016llx\n", h);
    return 0;
}
