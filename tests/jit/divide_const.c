/* Division and remainder by constants (the compiler may use multiply-by-reciprocal
 * sequences) for every integer kind and many divisors, including negatives, powers of two
 * and large divisors, over dividends including the extremes. */
#include <stdio.h>
#include <limits.h>

#define DIVS(T, F, x)                                                                              \
    printf(#T " " F ": /2 " F " /3 " F " /4 " F " /5 " F " /7 " F " /8 " F " /10 " F " /16 " F " /100 " F \
           " /1000 " F " /641 " F " | %%2 " F " %%3 " F " %%8 " F " %%10 " F " %%641 " F "\n",          \
           (T)(x), (T)(x) / 2, (T)(x) / 3, (T)(x) / 4, (T)(x) / 5, (T)(x) / 7, (T)(x) / 8, (T)(x) / 10,        \
           (T)(x) / 16, (T)(x) / 100, (T)(x) / 1000, (T)(x) / 641, (T)(x) % 2, (T)(x) % 3, (T)(x) % 8,        \
           (T)(x) % 10, (T)(x) % 641)

#define SDIVS(T, F, x)                                                                              \
    printf(#T " " F ": /-1 " F " /-2 " F " /-3 " F " /-8 " F " /-10 " F " | %%-3 " F " %%-8 " F "\n", \
           (T)(x), (T)(x) / -1, (T)(x) / -2, (T)(x) / -3, (T)(x) / -8, (T)(x) / -10, (T)(x) % -3, (T)(x) % -8)

int main(void)
{
    int ints[] = { 0, 1, -1, 7, -7, 8, -8, 9, -9, 1000, -1001, 123456789, -123456789, INT_MAX, INT_MIN + 1, INT_MIN };
    for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        int x = ints[i];
        DIVS(int, "%d", x);
        if (x != INT_MIN)
            SDIVS(int, "%d", x);
        printf("big %d %d %d %d\n", x / 1000000007, x % 1000000007, x / INT_MAX, x % INT_MAX);
    }
    unsigned uns[] = { 0u, 1u, 7u, 8u, 1000u, 4294967295u, 2147483648u, 3000000000u, 4294967294u };
    for (unsigned i = 0; i < sizeof uns / sizeof uns[0]; i++) {
        unsigned x = uns[i];
        DIVS(unsigned, "%u", x);
        printf("ubig %u %u %u %u\n", x / 3000000000u, x % 3000000000u, x / 65537u, x % 65537u);
    }
    long long lls[] = { 0, -1, 99, -99, 1LL << 62, -(1LL << 62), LLONG_MAX, LLONG_MIN + 1, -9876543210987LL };
    for (unsigned i = 0; i < sizeof lls / sizeof lls[0]; i++) {
        long long x = lls[i];
        DIVS(long long, "%lld", x);
        SDIVS(long long, "%lld", x);
        printf("llbig %lld %lld %lld %lld\n", x / 1000000000000LL, x % 1000000000000LL, x / 10000000019LL, x % 10000000019LL);
    }
    unsigned long long ulls[] = { 0, 1, 18446744073709551615ULL, 9223372036854775808ULL, 12345678901234567890ULL };
    for (unsigned i = 0; i < sizeof ulls / sizeof ulls[0]; i++) {
        unsigned long long x = ulls[i];
        DIVS(unsigned long long, "%llu", x);
        printf("ullbig %llu %llu %llu\n", x / 10000000000000000000ULL, x % 10000000000000000000ULL, x / 4294967297ULL);
    }
    short shs[] = { 0, -1, 32767, -32768, 1234, -1234 };
    for (unsigned i = 0; i < sizeof shs / sizeof shs[0]; i++) {
        short x = shs[i];
        DIVS(short, "%d", x);
    }
    unsigned short ushs[] = { 0, 65535, 40000 };
    for (unsigned i = 0; i < sizeof ushs / sizeof ushs[0]; i++) {
        unsigned short x = ushs[i];
        DIVS(unsigned short, "%d", x);
    }
    signed char scs[] = { -128, 127, -1, 55, -55 };
    for (unsigned i = 0; i < sizeof scs / sizeof scs[0]; i++) {
        signed char x = scs[i];
        DIVS(signed char, "%d", x);
        SDIVS(signed char, "%d", x);
    }
    unsigned char ucs[] = { 0, 255, 128, 77 };
    for (unsigned i = 0; i < sizeof ucs / sizeof ucs[0]; i++) {
        unsigned char x = ucs[i];
        DIVS(unsigned char, "%d", x);
    }
    /* compound assignments with constants */
    long acc = 1000000007L;
    acc /= 7;
    acc %= 1000;
    acc *= -3;
    acc /= 4;
    acc %= 7;
    printf("compound %ld\n", acc);
    return 0;
}
