// covers: __int128 arithmetic, multiplication overflow into high half, division/modulo, shifts, comparisons, printing via 64-bit halves and decimal conversion
#include <stdio.h>

static void print_i128(__int128 v) {
    char buf[64];
    int n = 0;
    int neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    do { buf[n++] = (char)('0' + (int)(u % 10)); u /= 10; } while (u);
    if (neg) putchar('-');
    while (n) putchar(buf[--n]);
    putchar('\n');
}

static void print_hex(__int128 v) {
    unsigned __int128 u = (unsigned __int128)v;
    printf("%016llx%016llx\n", (unsigned long long)(u >> 64), (unsigned long long)u);
}

int main(void) {
    __int128 a = 1;
    for (int i = 0; i < 100; i++) a *= 2;   /* 2^100 */
    print_i128(a);
    print_hex(a);
    __int128 b = (__int128)0x123456789abcdefLL * 0x7edcba987654321LL;
    print_i128(b);
    print_hex(b);
    __int128 c = -b;
    print_i128(c);
    print_hex(c);
    print_i128(b / 1000000007);
    print_i128(b % 1000000007);
    print_i128(c / 1000000007);
    print_i128(c % 1000000007);
    print_i128(c >> 7);
    print_i128(a - 1);
    print_i128((a - 1) & 0xffff);
    print_i128(a | 5);
    print_i128(a ^ (a >> 1));
    __int128 fact = 1;
    for (int i = 1; i <= 33; i++) fact *= i;
    print_i128(fact);
    printf("%d %d %d\n", a > b, c < 0, b == -c);
    __int128 m = ((__int128)1 << 126) - 1 + ((__int128)1 << 126);   /* INT128_MAX */
    print_i128(m);
    print_hex(m);
    print_i128(-m - 1);
    printf("%d\n", (int)sizeof(__int128));
    printf("%d\n", (int)_Alignof(__int128));
    long long x = -5;
    __int128 y = x;
    print_hex(y);
    return 0;
}
