/* Every integer kind: arithmetic, wrap-around of unsigned kinds, conversions between
 * kinds, division and remainder with negative operands, shifts, comparisons. */
#include <stdio.h>
#include <limits.h>
#include <stdint.h>

static volatile int vzero = 0; /* keeps gcc from folding everything */

int main(void)
{
    char c = 'A' + vzero;
    signed char sc = -128 + vzero;
    unsigned char uc = 255 + vzero;
    short s = -32768 + vzero;
    unsigned short us = 65535 + vzero;
    int i = INT_MIN + vzero;
    unsigned int ui = UINT_MAX + vzero;
    long l = LONG_MIN + vzero;
    unsigned long ul = ULONG_MAX + vzero;
    long long ll = LLONG_MIN + vzero;
    unsigned long long ull = ULLONG_MAX + vzero;
    _Bool b = 5 + vzero;

    printf("sizes %zu %zu %zu %zu %zu %zu %zu\n", sizeof c, sizeof s, sizeof i, sizeof l, sizeof ll, sizeof b, sizeof(intmax_t));
    printf("c=%d sc=%d uc=%u s=%d us=%u\n", c, sc, uc, s, us);
    printf("i=%d ui=%u l=%ld ul=%lu\n", i, ui, l, ul);
    printf("ll=%lld ull=%llu b=%d\n", ll, ull, b);

    /* unsigned wrap-around in every kind */
    uc++; us++; ui++; ul++; ull++;
    printf("wrap %u %u %u %lu %llu\n", uc, us, ui, ul, ull);
    uc--; us--; ui--; ul--; ull--;
    printf("wrap back %u %u %u %lu %llu\n", uc, us, ui, ul, ull);

    /* narrowing conversions (implementation-defined for signed: GCC takes the low bits) */
    int big = 0x12345678 + vzero;
    printf("narrow %d %d %u %d %u\n", (signed char)big, (short)big, (unsigned char)big, (char)(big >> 4), (unsigned short)big);
    long long neg = -1 + vzero;
    printf("neg to unsigned %u %lu %llu %u\n", (unsigned)neg, (unsigned long)neg, (unsigned long long)neg, (unsigned char)neg);
    printf("sign extend %lld %lld %lld\n", (long long)sc, (long long)s, (long long)i);
    printf("zero extend %llu %llu %llu\n", (unsigned long long)uc, (unsigned long long)us, (unsigned long long)ui);

    /* division and remainder, all sign combinations */
    int nums[] = {17, -17, 7, -7, 0, 100};
    int dens[] = {5, -5, 3, -3, 7};
    for (unsigned a = 0; a < sizeof nums / sizeof nums[0]; a++)
        for (unsigned d = 0; d < sizeof dens / sizeof dens[0]; d++)
            printf("%d/%d=%d %%=%d%c", nums[a], dens[d], nums[a] / dens[d], nums[a] % dens[d], d == 4 ? '\n' : ' ');
    long long lla = -9000000000000000000LL + vzero;
    printf("lldiv %lld %lld %lld\n", lla / 7, lla % 7, lla / -1000000007LL);
    unsigned long long ua = 18000000000000000000ULL + vzero;
    printf("ulldiv %llu %llu %llu\n", ua / 7, ua % 7, ua / 3000000000ULL);
    unsigned short usa = 60000 + vzero, usb = 7 + vzero;
    printf("usdiv %d %d\n", usa / usb, usa % usb);
    signed char sca = -100 + vzero, scb = 7 + vzero;
    printf("scdiv %d %d\n", sca / scb, sca % scb);

    /* shifts */
    unsigned int sh = 0x80000001u + vzero;
    int ish = -256 + vzero;
    printf("shift %u %u %d %d %llu %lld\n", sh >> 31, sh << 1, ish >> 4, (int)((unsigned)ish << 3), 1ULL << (40 + vzero), (-1LL + vzero) >> 63);
    for (int k = 0; k < 64; k += 13)
        printf("sh%d %llx %llx %lld\n", k, 0xF0F0F0F0F0F0F0F0ULL >> k, 0x0123456789ABCDEFULL << k, (long long)0x8000000000000000ULL >> k);

    /* promotions and mixed comparisons */
    unsigned char p1 = 200 + vzero, p2 = 100 + vzero;
    printf("promote %d %d %d\n", p1 + p2, p1 * p2, (unsigned char)(p1 + p2));
    printf("cmp %d %d %d %d\n", -1 < (int)1u, (unsigned)(-1 + vzero) > 1u, (long)-1 < 1L, (short)-1 < (unsigned short)1);
    printf("bool %d %d %d %d\n", (_Bool)0.5, (_Bool)(vzero - 0), (_Bool)256, !!(ull));
    printf("bitops %x %x %x %x\n", 0xF0F0 & 0x3C3C, 0xF0F0 | 0x3C3C, 0xF0F0 ^ 0x3C3C, ~0xF0F0u);

    /* integer multiply overflow in unsigned kinds, signed ones within range */
    unsigned m = 0xFFFFu + vzero;
    printf("mul %u %llu %lld\n", m * m * m, (unsigned long long)m * m * m * m, (long long)(-3037000499LL + vzero) * 3037000499LL);

    /* char arithmetic */
    char word[] = "Hello";
    int sum = 0;
    for (char *p = word; *p; p++)
        sum = sum * 31 + *p;
    printf("hash %d\n", sum);
    return 0;
}
