// covers: 64-bit bit manipulation idioms with unsigned long long and long: popcount by hand, parity, lowest set bit, next power of two, bit reversal, gray code, rotate, sign-extension via shifts, masks built from shifts
#include <stdio.h>

typedef unsigned long long u64;

static int popcount(u64 x) { int c = 0; while (x) { x &= x - 1; c++; } return c; }
static u64 next_pow2(u64 x) { x--; x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; x |= x >> 32; return x + 1; }
static u64 rotl(u64 x, int r) { return (x << r) | (x >> (64 - r)); }
static u64 rev(u64 x) {
    x = ((x >> 1) & 0x5555555555555555ULL) | ((x & 0x5555555555555555ULL) << 1);
    x = ((x >> 2) & 0x3333333333333333ULL) | ((x & 0x3333333333333333ULL) << 2);
    x = ((x >> 4) & 0x0f0f0f0f0f0f0f0fULL) | ((x & 0x0f0f0f0f0f0f0f0fULL) << 4);
    x = ((x >> 8) & 0x00ff00ff00ff00ffULL) | ((x & 0x00ff00ff00ff00ffULL) << 8);
    x = ((x >> 16) & 0x0000ffff0000ffffULL) | ((x & 0x0000ffff0000ffffULL) << 16);
    return (x >> 32) | (x << 32);
}
static long long sext(u64 v, int bits) { int s = 64 - bits; return (long long)(v << s) >> s; }

int main(void) {
    u64 vals[] = {0, 1, 2, 3, 0xff, 0x8000000000000000ULL, 0x123456789abcdef0ULL, ~0ULL, 1000000007ULL};
    for (int i = 0; i < 9; i++) {
        u64 v = vals[i];
        printf("%016llx pop=%d par=%d low=%llx np2=%llx rot=%016llx rev=%016llx gray=%llx\n",
               v, popcount(v), popcount(v) & 1, v & -v, v ? next_pow2(v) : 0, rotl(v, 13), rev(v), v ^ (v >> 1));
    }
    for (int bits = 4; bits <= 32; bits += 7) printf("%lld ", sext(0xfedcba98ULL & ((1ULL << bits) - 1), bits));
    printf("\n");
    long l = -1L;
    printf("%lx %lx\n", (unsigned long)l >> 4, (unsigned long)l << 4);
    u64 mask = 0;
    for (int i = 0; i < 64; i += 3) mask |= 1ULL << i;
    printf("%016llx\n", mask);
    u64 x = 0xdeadbeefULL;
    int lz = 0;
    for (u64 t = x; !(t & 0x8000000000000000ULL); t <<= 1) lz++;
    printf("%d\n", lz);
    u64 interleave = 0;
    unsigned a = 0xffff, b = 0;
    for (int i = 0; i < 16; i++) interleave |= (u64)((a >> i) & 1) << (2 * i) | (u64)((b >> i) & 1) << (2 * i + 1);
    printf("%llx\n", interleave);
    return 0;
}
