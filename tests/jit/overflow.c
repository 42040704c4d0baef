/* __builtin_{add,sub,mul}_overflow: generic forms with mixed operand and result types,
 * the typed forms (sadd, uaddl, smulll, ...), and __builtin_*_overflow_p. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>

static volatile int vz = 0;

int main(void)
{
    int r;
    int o = __builtin_add_overflow(INT_MAX + vz, 1, &r);
    printf("add int %d %d\n", o, r);
    o = __builtin_add_overflow(100 + vz, 23, &r);
    printf("add int %d %d\n", o, r);
    o = __builtin_sub_overflow(INT_MIN + vz, 1, &r);
    printf("sub int %d %d\n", o, r);
    o = __builtin_mul_overflow(65536 + vz, 65536, &r);
    printf("mul int %d %d\n", o, r);
    o = __builtin_mul_overflow(-46341 + vz, 46341, &r);
    printf("mul int %d %d\n", o, r);
    o = __builtin_mul_overflow(-46340 + vz, 46340, &r);
    printf("mul int %d %d\n", o, r);

    unsigned u;
    o = __builtin_add_overflow(UINT_MAX + vz, 1u, &u);
    printf("add uns %d %u\n", o, u);
    o = __builtin_sub_overflow(0u + vz, 1u, &u);
    printf("sub uns %d %u\n", o, u);
    o = __builtin_sub_overflow(5 + vz, 3, &u);
    printf("sub uns %d %u\n", o, u);
    o = __builtin_sub_overflow(3 + vz, 5, &u); /* negative result into unsigned */
    printf("sub uns %d %u\n", o, u);

    /* mixed types: the infinite-precision result must fit the result type */
    unsigned char uc;
    o = __builtin_add_overflow(200 + vz, 55, &uc);
    printf("uchar %d %u\n", o, uc);
    o = __builtin_add_overflow(200 + vz, 56, &uc);
    printf("uchar %d %u\n", o, uc);
    signed char sc;
    o = __builtin_mul_overflow(-16 + vz, 8, &sc);
    printf("schar %d %d\n", o, sc);
    o = __builtin_mul_overflow(16 + vz, 8, &sc);
    printf("schar %d %d\n", o, sc);
    short sh;
    o = __builtin_sub_overflow(-32000 + vz, 1000, &sh);
    printf("short %d %d\n", o, sh);
    long long ll;
    o = __builtin_mul_overflow(4000000000U + vz, 4000000000U, &ll);
    printf("ll %d %lld\n", o, ll);
    o = __builtin_mul_overflow(LLONG_MAX + vz, 2, &ll);
    printf("ll %d %lld\n", o, ll);
    o = __builtin_add_overflow(LLONG_MIN + vz, -1, &ll);
    printf("ll %d %lld\n", o, ll);
    unsigned long long ull;
    o = __builtin_mul_overflow(0xFFFFFFFFULL + vz, 0x100000001ULL, &ull);
    printf("ull %d %llu\n", o, ull);
    o = __builtin_mul_overflow(0x100000000ULL + vz, 0x100000000ULL, &ull);
    printf("ull %d %llu\n", o, ull);
    o = __builtin_add_overflow(-1 + vz, 0ULL, &ull);
    printf("ull %d %llu\n", o, ull);
    int64_t i64;
    o = __builtin_sub_overflow(0ULL + vz, 0x8000000000000000ULL, &i64);
    printf("i64 %d %lld\n", o, (long long)i64);

    /* typed forms */
    int si;
    long sl;
    long long sll;
    unsigned long ul;
    o = __builtin_sadd_overflow(INT_MAX - 1 + vz, 1, &si);
    printf("sadd %d %d\n", o, si);
    o = __builtin_saddl_overflow(LONG_MAX + vz, 1L, &sl);
    printf("saddl %d %ld\n", o, sl);
    o = __builtin_ssubll_overflow(LLONG_MIN + vz, 1LL, &sll);
    printf("ssubll %d %lld\n", o, sll);
    o = __builtin_smulll_overflow(3037000500LL + vz, 3037000500LL, &sll);
    printf("smulll %d %lld\n", o, sll);
    o = __builtin_uaddl_overflow(ULONG_MAX + vz, 2UL, &ul);
    printf("uaddl %d %lu\n", o, ul);
    o = __builtin_umull_overflow(1UL << (32 + vz), 1UL << 31, &ul);
    printf("umull %d %lu\n", o, ul);
    o = __builtin_usub_overflow(1u + vz, 2u, &u);
    printf("usub %d %u\n", o, u);
    o = __builtin_smul_overflow(-1 + vz, INT_MIN, &si);
    printf("smul %d %d\n", o, si);

    /* _p forms: only the overflow flag, result type from the third argument */
    printf("p %d %d %d %d\n", __builtin_add_overflow_p(127 + vz, 1, (signed char)0), __builtin_add_overflow_p(126 + vz, 1, (signed char)0),
           __builtin_mul_overflow_p(1 << 20, 1 << (11 + vz), (int)0), __builtin_sub_overflow_p(0 + vz, 1, (unsigned)0));

    /* loop: detect factorial overflow */
    long long f = 1;
    int n;
    for (n = 1; n < 30; n++)
        if (__builtin_mul_overflow(f, n, &f))
            break;
    printf("factorial overflows at %d\n", n);
    return 0;
}
