// covers: long, unsigned long, long long, unsigned long long arithmetic, LLONG limits, mixed long/int
#include <stdio.h>
#include <limits.h>

int main(void) {
    long a = 1234567890123L;
    unsigned long b = 18000000000000000000UL;
    long long c = -9000000000000000000LL;
    unsigned long long d = 0xFFFFFFFFFFFFFFFFULL;
    printf("%ld %lu %lld %llu\n", a, b, c, d);
    printf("%ld\n", a * 3 - 7);
    printf("%ld %ld\n", a / 1000, a % 1000);
    printf("%lu\n", b + 446744073709551615UL);
    printf("%lu\n", b * 2);       /* wraps */
    printf("%lld\n", c / 7);
    printf("%lld\n", c % 7);
    printf("%llu\n", d + 1);
    printf("%llu\n", d / 3);
    printf("%lld %lld\n", LLONG_MAX, LLONG_MIN);
    printf("%llu\n", ULLONG_MAX);
    printf("%ld %ld\n", LONG_MAX, LONG_MIN);
    long long f = 1;
    for (int i = 0; i < 20; i++) f *= 3;
    printf("%lld\n", f);
    unsigned long long g = 1;
    for (int i = 0; i < 70; i++) g *= 3;   /* wraps mod 2^64 */
    printf("%llu\n", g);
    int i = -5;
    long m = i * 1000000000L;
    printf("%ld\n", m);
    unsigned long n = (unsigned long)i;
    printf("%lu\n", n);
    long long fib[90];
    fib[0] = 0; fib[1] = 1;
    for (int k = 2; k < 90; k++) fib[k] = fib[k - 1] + fib[k - 2];
    printf("%lld %lld\n", fib[50], fib[89]);
    unsigned long long h = 14695981039346656037ULL;
    const char *s = "hello world";
    while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ULL; }
    printf("%016llx\n", h);
    long long q = LLONG_MIN;
    printf("%lld %lld\n", q / 2, q % 10);
    printf("%lld\n", -(q + 1));
    return 0;
}
