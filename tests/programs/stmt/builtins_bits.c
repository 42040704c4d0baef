// covers: __builtin_popcount/popcountl/popcountll, __builtin_clz/clzl/clzll, __builtin_ctz/ctzl/ctzll, __builtin_ffs/ffsl/ffsll (incl. 0), __builtin_parity, __builtin_clrsb, __builtin_bswap16/32/64, __builtin_rotate-free rotations, on assorted values
#include <stdio.h>

int main(void) {
    unsigned vals[] = {1, 2, 3, 0x80000000u, 0xffffffffu, 0x00f0f000u, 12345u, 0x40u};
    for (int i = 0; i < 8; i++) {
        unsigned v = vals[i];
        printf("%08x pop=%d clz=%d ctz=%d ffs=%d par=%d clrsb=%d\n", v, __builtin_popcount(v), __builtin_clz(v),
               __builtin_ctz(v), __builtin_ffs((int)v), __builtin_parity(v), __builtin_clrsb((int)v));
    }
    printf("ffs(0)=%d ffsl(0)=%d ffsll(0)=%d\n", __builtin_ffs(0), __builtin_ffsl(0), __builtin_ffsll(0));
    unsigned long lv[] = {1UL, 1UL << 40, 0xffffffffffffffffUL, 0x0123456789abcdefUL};
    for (int i = 0; i < 4; i++)
        printf("%016lx pop=%d clz=%d ctz=%d ffs=%d\n", lv[i], __builtin_popcountl(lv[i]), __builtin_clzl(lv[i]),
               __builtin_ctzl(lv[i]), __builtin_ffsl((long)lv[i]));
    unsigned long long llv[] = {1ULL << 63, 0xf0ULL, 0x8000000000000001ULL};
    for (int i = 0; i < 3; i++)
        printf("%016llx pop=%d clz=%d ctz=%d ffs=%d par=%d\n", llv[i], __builtin_popcountll(llv[i]), __builtin_clzll(llv[i]),
               __builtin_ctzll(llv[i]), __builtin_ffsll((long long)llv[i]), __builtin_parityll(llv[i]));
    printf("%04x %08x %016llx\n", __builtin_bswap16(0x1234), __builtin_bswap32(0x12345678u),
           (unsigned long long)__builtin_bswap64(0x0102030405060708ULL));
    int total = 0;
    for (unsigned v = 1; v < 5000; v += 37) total += __builtin_popcount(v) * 31 + (31 - __builtin_clz(v));
    printf("%d\n", total);
    unsigned x = 0xb4u;
    while (x) { printf("%d ", __builtin_ctz(x)); x &= x - 1; }
    printf("\n");
    printf("%d %d\n", __builtin_clrsb(-1), __builtin_clrsbll(-2LL));
    return 0;
}
