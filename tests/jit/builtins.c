/* Bit builtins on run-time values: __builtin_expect, bswap16/32/64, clz/ctz/popcount/ffs/
 * parity/clrsb in the int, long and long long variants, plus a few others. */
#include <stdio.h>
#include <stdint.h>

static volatile uint64_t seed = 0x9E3779B97F4A7C15ULL;

static uint64_t next(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed;
}

int main(void)
{
    int hits = 0;
    for (int i = 0; i < 100; i++) {
        if (__builtin_expect(i % 10 == 0, 0))
            hits++;
        if (__builtin_expect_with_probability(i > 50, 1, 0.9))
            hits += 2;
    }
    printf("expect %d %ld\n", hits, __builtin_expect(5L, 5L));

    uint16_t h = 0x1234;
    uint32_t w = 0x12345678;
    uint64_t d = 0x0123456789ABCDEFULL;
    printf("bswap %04x %08x %016llx\n", __builtin_bswap16(h), __builtin_bswap32(w), (unsigned long long)__builtin_bswap64(d));

    for (int i = 0; i < 12; i++) {
        uint64_t v = next();
        if (i == 3)
            v = 1;
        if (i == 4)
            v = 0x8000000000000000ULL;
        if (i == 5)
            v = 0xFFFFFFFF00000000ULL;
        unsigned int u = (unsigned int)(v >> (i % 33));
        if (u == 0)
            u = 1;
        unsigned long ul = (unsigned long)v;
        printf("v=%016llx u=%08x clz %d %d %d ctz %d %d %d pop %d %d %d ffs %d %d %d par %d %d %d clrsb %d %d\n",
               (unsigned long long)v, u,
               __builtin_clz(u), __builtin_clzl(ul), __builtin_clzll(v),
               __builtin_ctz(u), __builtin_ctzl(ul), __builtin_ctzll(v),
               __builtin_popcount(u), __builtin_popcountl(ul), __builtin_popcountll(v),
               __builtin_ffs((int)u), __builtin_ffsl((long)ul), __builtin_ffsll((long long)v),
               __builtin_parity(u), __builtin_parityl(ul), __builtin_parityll(v),
               __builtin_clrsb((int)u), __builtin_clrsbll((long long)v));
    }
    volatile int zero = 0;
    printf("ffs0 %d %d popcount0 %d parity0 %d\n", __builtin_ffs(zero), __builtin_ffsll(zero), __builtin_popcount(zero), __builtin_parity(zero));
    printf("consts %d %d %d %d\n", __builtin_clz(1), __builtin_ctz(0x80), __builtin_popcountll(~0ULL), __builtin_constant_p(zero));
    printf("abs %d %ld %lld\n", __builtin_abs(-5 + zero), __builtin_labs(-6L + zero), __builtin_llabs(-7LL + zero));
    printf("huge %f inf %d nan %d\n", __builtin_huge_val() > 1e308 ? 1.0 : 0.0, __builtin_isinf(__builtin_inf()), __builtin_isnan(__builtin_nan("")));
    printf("types %d %d\n", __builtin_types_compatible_p(int, signed int), __builtin_types_compatible_p(int, long));
    printf("choose %d\n", __builtin_choose_expr(sizeof(int) == 4, 44, 88));
    char buf[16];
    __builtin_memset(buf, 'x', 15);
    buf[15] = 0;
    __builtin_memcpy(buf, "copy", 4);
    printf("mem %s %zu %d\n", buf, __builtin_strlen(buf), __builtin_memcmp(buf, "copyx", 5));
    return 0;
}
