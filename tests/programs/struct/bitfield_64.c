// covers: bit-fields with 64-bit base types (unsigned long long, long long, unsigned long) and widths 33..64, arithmetic on wide bit-fields, wraparound, sign extension of wide signed bit-fields, mixing with narrow bit-fields
#include <stdio.h>

struct wide {
    unsigned long long a : 33;
    long long b : 40;
    unsigned long c : 64;
    unsigned long long d : 48;
    unsigned e : 7;
    long long f : 63;
};

int main(void) {
    struct wide w = {0};
    printf("%zu\n", sizeof w);
    w.a = 0x1ffffffffULL;
    w.b = -1;
    w.c = 0xfedcba9876543210UL;
    w.d = 0xffffffffffffULL;
    w.e = 100;
    w.f = -4611686018427387904LL;
    printf("%llx %lld %lx %llx %u %lld\n", (unsigned long long)w.a, (long long)w.b, (unsigned long)w.c,
           (unsigned long long)w.d, w.e, (long long)w.f);
    w.a += 1;                       /* wraps to 0 */
    w.d += 2;                       /* wraps to 1 */
    w.b = 549755813887LL;           /* max of 40-bit signed */
    printf("%llx %llx %lld\n", (unsigned long long)w.a, (unsigned long long)w.d, (long long)w.b);
    w.b = -549755813888LL;
    printf("%lld\n", (long long)w.b);
    w.a = 0x123456789ULL;
    w.d = (unsigned long long)w.a * 4096;
    printf("%llx\n", (unsigned long long)w.d);
    unsigned long long prod = (unsigned long long)w.a * 3;
    printf("%llx\n", prod);
    w.c >>= 4;
    printf("%lx\n", (unsigned long)w.c);
    w.f = 1LL << 40;
    w.f *= 4;
    w.f *= 1 << 19;
    printf("%lld\n", (long long)w.f);
    struct { unsigned long long lo : 32, hi : 32; } split = {0xdeadbeef, 0xcafebabe};
    unsigned long long joined = (unsigned long long)split.hi << 32 | split.lo;
    printf("%llx %zu\n", joined, sizeof split);
    long long acc = 0;
    for (int i = 0; i < 100; i++) { w.b = (long long)i * 1000000007LL - 40000000000LL; acc += w.b; }
    printf("%lld\n", acc);
    return 0;
}
