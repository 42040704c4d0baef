// covers: casts between integer types of all widths (truncation, sign extension, zero extension), casts through intermediate types, casts of negative values to unsigned, pointer/integer casts via uintptr_t
#include <stdio.h>
#include <stdint.h>

int main(void) {
    long long v = 0x123456789abcdef0LL;
    printf("%d %d %d\n", (char)v, (signed char)v, (unsigned char)v);
    printf("%d %d\n", (short)v, (unsigned short)v);
    printf("%d %u\n", (int)v, (unsigned)v);
    printf("%ld %lu\n", (long)v, (unsigned long)v);
    int neg = -2;
    printf("%u %lu %llu\n", (unsigned)neg, (unsigned long)neg, (unsigned long long)neg);
    printf("%d %d\n", (unsigned char)neg, (unsigned short)neg);
    unsigned char uc = 0xf0;
    printf("%d %d %d\n", (signed char)uc, (short)(signed char)uc, (int)uc);
    unsigned short us = 0x8000;
    printf("%d %ld\n", (short)us, (long)(short)us);
    unsigned u = 0x80000000u;
    printf("%d %lld %llu\n", (int)u, (long long)(int)u, (unsigned long long)u);
    printf("%lld\n", (long long)(unsigned)-1);
    printf("%d\n", (int)(unsigned char)(signed char)-1);
    printf("%d\n", (short)(char)300);
    int8_t i8 = (int8_t)0xff;
    uint8_t u8 = (uint8_t)-1;
    int16_t i16 = (int16_t)0x12345;
    uint16_t u16 = (uint16_t)-2;
    int32_t i32 = (int32_t)0xfffffffeu;
    uint32_t u32 = (uint32_t)-3;
    int64_t i64 = (int64_t)0xffffffffffffffffULL;
    uint64_t u64 = (uint64_t)-4;
    printf("%d %d %d %d %d %u %lld %llu\n", i8, u8, i16, u16, i32, u32, (long long)i64, (unsigned long long)u64);
    int x = 42;
    uintptr_t up = (uintptr_t)&x;
    int *px = (int *)up;
    printf("%d\n", *px);
    intptr_t diff = (intptr_t)(&x + 1) - (intptr_t)&x;
    printf("%ld\n", (long)diff);
    printf("%d\n", (int)(long)(short)-5);
    printf("%u\n", (unsigned)(unsigned char)(-1 + 0u));
    long long sum = 0;
    for (int i = -300; i <= 300; i += 37) sum += (signed char)i * 1000 + (unsigned char)i;
    printf("%lld\n", sum);
    return 0;
}
