// covers: __builtin_expect in conditions (likely/unlikely macros), __builtin_unreachable in a never-taken path (after exhaustive switch), __builtin_constant_p on literals vs runtime values, __builtin_trap not executed, __builtin_assume_aligned, __builtin_prefetch
#include <stdio.h>
#include <stdint.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

static int classify(unsigned v) {
    switch (v & 3) {
    case 0: return 10;
    case 1: return 11;
    case 2: return 12;
    case 3: return 13;
    }
    __builtin_unreachable();
}

static int checked(int x) {
    if (unlikely(x < 0)) return -1;
    if (likely(x < 1000)) return x * 2;
    return 0;
}

#define IS_CONST(x) __builtin_constant_p(x)

int main(void) {
    int sum = 0;
    for (unsigned i = 0; i < 20; i++) sum += classify(i);
    printf("%d\n", sum);
    printf("%d %d %d\n", checked(-5), checked(10), checked(5000));
    long e = __builtin_expect(42L, 42L);
    printf("%ld\n", e);
    printf("%d %d\n", IS_CONST(42), IS_CONST(3.5 * 2));
    volatile int rt = 3;
    int not_const = IS_CONST(rt);
    printf("%d\n", not_const);
    static const int table[IS_CONST(7) ? 4 : 1] = {1, 2, 3, 4};
    printf("%zu\n", sizeof table / sizeof table[0]);
    if (rt == 12345) __builtin_trap();
    double buf[8] __attribute__((aligned(32))) = {1, 2, 3, 4, 5, 6, 7, 8};
    double *ab = __builtin_assume_aligned(buf, 32);
    __builtin_prefetch(ab + 4);
    __builtin_prefetch(ab, 0, 3);
    double s = 0;
    for (int i = 0; i < 8; i++) s += ab[i];
    printf("%g %d\n", s, (int)((uintptr_t)ab % 32));
    return 0;
}
