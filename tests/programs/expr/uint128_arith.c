// covers: unsigned __int128 arithmetic, wraparound, 64x64->128 multiply, division, shifts, conversions to/from 64-bit and double
#include <stdio.h>

typedef unsigned __int128 u128;

static void pr(const char *label, u128 v) {
    printf("%s %016llx%016llx\n", label, (unsigned long long)(v >> 64), (unsigned long long)v);
}

static void pr_dec(u128 v) {
    char buf[50];
    int n = 0;
    do { buf[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    while (n) putchar(buf[--n]);
    putchar('\n');
}

int main(void) {
    unsigned long long a = 0xffffffffffffffffULL, b = 0xfedcba9876543210ULL;
    u128 p = (u128)a * b;
    pr("mul", p);
    pr_dec(p);
    u128 z = 0;
    z--;
    pr("max", z);
    pr_dec(z);
    pr("wrap", z + 2);
    pr("shl", (u128)1 << 127);
    pr("shr", z >> 100);
    pr("div", z / 3);
    pr("mod", z % 1000000000000000000ULL);
    u128 fib_a = 0, fib_b = 1;
    for (int i = 0; i < 180; i++) { u128 t = fib_a + fib_b; fib_a = fib_b; fib_b = t; }
    pr_dec(fib_a);
    pr("fib", fib_a);
    u128 pw = 1;
    for (int i = 0; i < 40; i++) pw *= 10;   /* 10^40 wraps mod 2^128 */
    pr_dec(pw);
    unsigned long long lo = (unsigned long long)p;
    unsigned long long hi = (unsigned long long)(p >> 64);
    printf("%llu %llu\n", hi, lo);
    double d = (double)((u128)1 << 100);
    printf("%.6g\n", d);
    u128 fromd = (u128)1e30;
    pr_dec(fromd);
    printf("%d %d\n", p > z, (u128)a < p);
    u128 x = 0x0123456789abcdefULL;
    x = x << 64 | 0xfedcba9876543210ULL;
    u128 r = 0;
    for (int i = 0; i < 128; i++) r |= ((x >> i) & 1) << (127 - i);
    pr("rev", r);
    int pop = 0;
    for (u128 t = x; t; t &= t - 1) pop++;
    printf("pop %d\n", pop);
    return 0;
}
