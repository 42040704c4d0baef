// covers: << >> on all integer types, shifts of promoted char/short, arithmetic right shift of negatives (gcc), unsigned shifts, shift count types
#include <stdio.h>

int main(void) {
    unsigned char uc = 0x81;
    printf("%d\n", uc << 4);            /* promoted to int: 0x810 */
    printf("%d\n", (unsigned char)(uc << 4));
    printf("%d\n", uc >> 3);
    signed char sc = -16;
    printf("%d\n", sc >> 2);            /* arithmetic: -4 */
    printf("%d\n", (signed char)(uc << 3) >> 3);
    short s = 0x4000;
    printf("%d\n", s << 2);             /* int 0x10000 */
    unsigned short us = 0x8001;
    printf("%d %d\n", us << 1, us >> 15);
    int i = 1;
    for (int k = 0; k < 31; k += 5) printf("%d ", i << k);
    printf("\n");
    int neg = -1000;
    for (int k = 0; k < 12; k += 3) printf("%d ", neg >> k);
    printf("\n");
    unsigned u = 0x80000000u;
    printf("%u %u\n", u >> 31, u >> 1);
    long l = 1L;
    printf("%ld\n", l << 40);
    unsigned long ul = 0xffffffffffffffffUL;
    printf("%lu %lu\n", ul >> 60, ul << 60 >> 60);
    long long ll = -(1LL << 62);
    printf("%lld\n", ll >> 61);
    unsigned long long ull = 1ULL << 63;
    printf("%llu\n", ull);
    char shift_count = 3;
    long long shift_count_ll = 5;
    printf("%d %d\n", 100 << shift_count, 100 << shift_count_ll);
    printf("%d\n", (int)sizeof(uc << 1));
    printf("%d\n", (int)sizeof(1 << 2L));       /* type is that of left operand: int */
    printf("%d\n", (int)sizeof(1L << 2));
    int x = 0x12345678;
    printf("%08x\n", ((unsigned)x << 8 | (unsigned)x >> 24));
    unsigned rot = 0x80000001u;
    for (int r = 1; r < 32; r *= 2) printf("%08x ", (rot << r) | (rot >> (32 - r)));
    printf("\n");
    _Bool b = 1;
    printf("%d\n", b << 5);
    return 0;
}
