// covers: __builtin_add_overflow, __builtin_sub_overflow, __builtin_mul_overflow with int, unsigned, long long, mixed-type operands and result types (narrow result char/short), __builtin_*_overflow_p, typed variants __builtin_sadd_overflow/__builtin_umull_overflow
#include <stdio.h>
#include <limits.h>

int main(void) {
    int r;
    { int o_ = __builtin_add_overflow(INT_MAX, 1, &r); printf("%d %d\n", o_, r); }
    { int o_ = __builtin_add_overflow(100, 200, &r); printf("%d %d\n", o_, r); }
    { int o_ = __builtin_sub_overflow(INT_MIN, 1, &r); printf("%d %d\n", o_, r); }
    { int o_ = __builtin_mul_overflow(65536, 65536, &r); printf("%d %d\n", o_, r); }
    { int o_ = __builtin_mul_overflow(-46341, 46340, &r); printf("%d %d\n", o_, r); }
    unsigned u;
    { int o_ = __builtin_add_overflow(UINT_MAX, 1u, &u); printf("%d %u\n", o_, u); }
    { int o_ = __builtin_sub_overflow(0u, 1u, &u); printf("%d %u\n", o_, u); }
    { int o_ = __builtin_sub_overflow(5, 3, &u); printf("%d %u\n", o_, u); }
    { int o_ = __builtin_sub_overflow(3, 5, &u); printf("%d %u\n", o_, u); }  /* signed operands, unsigned result */
    long long ll;
    { int o_ = __builtin_mul_overflow(LLONG_MAX / 2, 3LL, &ll); printf("%d %lld\n", o_, ll); }
    { int o_ = __builtin_add_overflow(INT_MAX, INT_MAX, &ll); printf("%d %lld\n", o_, ll); }  /* fits in long long */
    signed char sc;
    { int o_ = __builtin_add_overflow(100, 27, &sc); printf("%d %d\n", o_, sc); }
    { int o_ = __builtin_add_overflow(100, 28, &sc); printf("%d %d\n", o_, sc); }
    unsigned char uc;
    { int o_ = __builtin_mul_overflow(16, 16, &uc); printf("%d %d\n", o_, uc); }
    short sh;
    { int o_ = __builtin_sub_overflow(-30000, 5000, &sh); printf("%d %d\n", o_, sh); }
    printf("%d %d\n", __builtin_add_overflow_p(INT_MAX, 1, (int)0), __builtin_mul_overflow_p(1000, 1000, (short)0));
    printf("%d\n", __builtin_sub_overflow_p(10u, 20u, (unsigned)0));
    int s2;
    { int o_ = __builtin_sadd_overflow(INT_MAX - 5, 5, &s2); printf("%d %d\n", o_, s2); }
    unsigned long ul;
    { int o_ = __builtin_umull_overflow(1UL << 40, 1UL << 30, &ul); printf("%d %lu\n", o_, ul); }
    unsigned long long fact = 1;
    int n = 1;
    while (!__builtin_mul_overflow(fact, (unsigned long long)n, &fact)) n++;
    printf("overflow at %d\n", n);
    __int128 big;
    printf("%d\n", __builtin_mul_overflow(LLONG_MAX, LLONG_MAX, &big));
    return 0;
}
