// covers: & | ^ ~ on char, signed char, unsigned char, short, unsigned short, int, unsigned, long, unsigned long, long long, unsigned long long, _Bool
#include <stdio.h>

#define SHOW(T, FMT, a, b) do { T x_ = (a), y_ = (b); \
    printf(#T ": " FMT " " FMT " " FMT " " FMT "\n", (T)(x_ & y_), (T)(x_ | y_), (T)(x_ ^ y_), (T)~x_); } while (0)

int main(void) {
    SHOW(char, "%d", 0x5a, 0x3c);
    SHOW(signed char, "%d", -0x5a, 0x3c);
    SHOW(unsigned char, "%u", 0xa5, 0x3c);
    SHOW(short, "%d", -12345, 0x0ff0);
    SHOW(unsigned short, "%u", 0xf0f0, 0x1234);
    SHOW(int, "%d", -123456789, 0x7f00ff00);
    SHOW(unsigned, "%u", 0xdeadbeefu, 0x0f0f0f0fu);
    SHOW(long, "%ld", -1234567890123L, 0x7ff0000000ffL);
    SHOW(unsigned long, "%lu", 0xfedcba9876543210UL, 0x00ff00ff00ff00ffUL);
    SHOW(long long, "%lld", -9876543210LL, 0x123456789abcLL);
    SHOW(unsigned long long, "%llu", 0x8000000000000001ULL, 0xffffULL);
    _Bool p = 1, q = 0;
    printf("bool: %d %d %d %d %d\n", p & q, p | q, p ^ q, ~(int)p, (_Bool)~(int)p);
    int masks[] = {0x1, 0x80, 0x8000, 0x7fffffff};
    for (int i = 0; i < 4; i++) {
        int m = masks[i];
        printf("%08x %08x %d\n", m & -m, m | (m - 1), (m & (m - 1)) == 0);
    }
    unsigned v = 0x12345678u;
    unsigned rev = 0;
    for (int i = 0; i < 32; i++) rev |= ((v >> i) & 1u) << (31 - i);
    printf("%08x\n", rev);
    printf("%d\n", ((0xf0 & 0x3c) ^ 0x0f) | 0x100);
    printf("%d\n", 5 & (3 == 3));
    unsigned char uc = 0x81;
    printf("%d %d\n", ~uc & 0xff, (unsigned char)~uc);
    long long big = -1;
    printf("%llx\n", (unsigned long long)(big ^ 0x5555555555555555LL));
    return 0;
}
