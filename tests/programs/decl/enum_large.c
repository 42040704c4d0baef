// covers: GNU enums with values beyond int range (0x100000000, negative 64-bit, unsigned 64-bit), resulting enum size and enumerator types, enum with __attribute__((packed)) shrinking size, enumerators of type int when in range
#include <stdio.h>

enum big { B_SMALL = 1, B_HUGE = 0x100000000, B_NEXT };
enum bigneg { N_MIN = -0x100000000LL, N_ZERO = 0 };
enum ubig { U_TOP = 0xffffffffffffffffULL };
enum __attribute__((packed)) tiny { T_A, T_B, T_C = 200 };
enum __attribute__((packed)) tiny_neg { TN_A = -1, TN_B = 100 };
enum __attribute__((packed)) tiny16 { T16 = 40000 };

#define TYPE(x) _Generic((x), int: "int", unsigned: "uint", long: "long", unsigned long: "ulong", default: "other")

int main(void) {
    printf("%zu %zu %zu\n", sizeof(enum big), sizeof(enum bigneg), sizeof(enum ubig));
    printf("%lld %lld %lld\n", (long long)B_SMALL, (long long)B_HUGE, (long long)B_NEXT);
    printf("%lld %lld\n", (long long)N_MIN, (long long)N_ZERO);
    printf("%llu\n", (unsigned long long)U_TOP);
    printf("%s %s %s\n", TYPE(B_HUGE), TYPE(N_MIN), TYPE(U_TOP));
    enum big e = B_HUGE;
    e = (enum big)(e + 5);
    printf("%lld\n", (long long)e);
    printf("%zu %zu %zu\n", sizeof(enum tiny), sizeof(enum tiny_neg), sizeof(enum tiny16));
    enum tiny t = T_C;
    printf("%d %d\n", t, T_C + 100);
    enum tiny arr[10];
    printf("%zu\n", sizeof arr);
    long long shifted = (long long)B_HUGE >> 16;
    printf("%lld\n", shifted);
    return 0;
}
