// covers: file-scope static variables and functions (internal linkage), static arrays and structs at file scope, static function pointers, static const lookup tables, mutable file-static state shared between functions
#include <stdio.h>

static int state = 1;
static unsigned long long rng_state = 88172645463325252ULL;
static const int primes[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29};
static struct { int hits, misses; } stats;
static int (*reducer)(int, int);

static unsigned long long xorshift(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}
static int add(int a, int b) { return a + b; }
static int maxf(int a, int b) { return a > b ? a : b; }
static int is_prime_small(int n) {
    for (size_t i = 0; i < sizeof primes / sizeof primes[0]; i++)
        if (primes[i] == n) { stats.hits++; return 1; }
    stats.misses++;
    return 0;
}
static int reduce(const int *v, int n) {
    int acc = v[0];
    for (int i = 1; i < n; i++) acc = reducer(acc, v[i]);
    return acc;
}
static void advance(void) { state = state * 3 % 101; }

int main(void) {
    for (int i = 0; i < 5; i++) printf("%llu\n", xorshift() % 1000000);
    for (int n = 0; n < 30; n++) is_prime_small(n);
    printf("%d %d\n", stats.hits, stats.misses);
    reducer = add;
    printf("%d\n", reduce(primes, 10));
    reducer = maxf;
    printf("%d\n", reduce(primes, 10));
    for (int i = 0; i < 10; i++) advance();
    printf("%d\n", state);
    return 0;
}
