// covers: integer constants in decimal, octal, hex, binary 0b, with suffixes u l ul lu ll ull LLU, uppercase/lowercase, leading zeros, large values that change type, _Generic observation of constant types
#include <stdio.h>

#define T(x) _Generic((x), int: "int", unsigned: "uint", long: "long", unsigned long: "ulong", \
                      long long: "llong", unsigned long long: "ullong", default: "?")

int main(void) {
    printf("%d %d %d %d\n", 42, 052, 0x2a, 0b101010);
    printf("%d %d %d\n", 0, 00, 0x0);
    printf("%u %u %u\n", 42u, 42U, 0x2Au);
    printf("%ld %ld %ld\n", 42l, 42L, 0x2aL);
    printf("%lu %lu %lu\n", 42ul, 42UL, 42lu);
    printf("%lld %lld\n", 42ll, 42LL);
    printf("%llu %llu %llu\n", 42ull, 42ULL, 42LLU);
    printf("%d %d\n", 0XFF, 0xff);
    printf("%d %d\n", 0B1111, 0b0);
    printf("%o %x %X\n", 511, 48879, 48879);
    printf("%s %s %s %s\n", T(2147483647), T(2147483648), T(4294967295), T(4294967296));
    printf("%s %s %s %s\n", T(0x7fffffff), T(0x80000000), T(0xffffffff), T(0x100000000));
    printf("%s %s %s\n", T(9223372036854775807), T(0x8000000000000000), T(0xffffffffffffffff));
    printf("%s %s %s %s\n", T(017777777777), T(020000000000), T(037777777777), T(040000000000));
    printf("%s %s %s\n", T(1u), T(4294967296u), T(1l));
    printf("%s %s %s\n", T(2147483648l), T(9223372036854775808ul), T(1ll));
    printf("%s %s\n", T(0b11111111111111111111111111111111), T(0b100000000000000000000000000000000));
    printf("%s %s\n", T(-2147483648), T(-2147483647 - 1));
    printf("%ld\n", -2147483648);
    printf("%lu\n", 0x8000000000000000);
    printf("%lu\n", 18446744073709551615u);
    printf("%d\n", 0b1010 + 010 + 0x10 + 10);
    printf("%u\n", 0xdeadbeef);
    printf("%lld\n", 0x7fffffffffffffffLL);
    printf("%d\n", 1000000 * 2000);
    printf("%ld\n", 1000000L * 2000000);
    printf("%d\n", (int)sizeof(0x7fffffff));
    printf("%d\n", (int)sizeof(0x80000000));
    printf("%d\n", (int)sizeof(0x100000000));
    return 0;
}
