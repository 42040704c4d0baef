/* __int128 and unsigned __int128: arithmetic, division, remainder, shifts, comparisons,
 * conversions, and printing in decimal and hex via two 64-bit halves. */
#include <stdio.h>
#include <string.h>
#include <stdarg.h>

typedef __int128 i128;
typedef unsigned __int128 u128;

static void print_u128(u128 v)
{
    char buf[64];
    int n = 0;
    if (v == 0)
        buf[n++] = '0';
    while (v) {
        buf[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    }
    while (n)
        putchar(buf[--n]);
}

static void print_i128(i128 v)
{
    if (v < 0) {
        putchar('-');
        print_u128(-(u128)v);
    } else {
        print_u128((u128)v);
    }
}

static void hex(const char *name, u128 v)
{
    printf("%s=0x%016llx%016llx ", name, (unsigned long long)(v >> 64), (unsigned long long)v);
    print_u128(v);
    putchar('\n');
}

static i128 fact(int n)
{
    return n <= 1 ? 1 : n * fact(n - 1);
}

static u128 mul(u128 a, u128 b) { return a * b; }
static i128 sdiv(i128 a, i128 b) { return a / b; }
static i128 smod(i128 a, i128 b) { return a % b; }

/* va_arg(ap, __int128): 16-byte aligned in the overflow area, a register pair otherwise */
static i128 vsum128(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    i128 s = 0;
    for (int i = 0; i < n; i++) {
        int k = va_arg(ap, int);
        s += va_arg(ap, i128) * k;
    }
    va_end(ap);
    return s;
}

/* __int128 parameters after an odd number of integer parameters, and on the stack */
static u128 params128(int a, u128 b, int c, u128 d, u128 e, long f)
{
    return (b << a) + (d >> c) + e + (u128)f;
}

static const char *switch128(i128 v)
{
    switch (v) {
    case 0: return "zero";
    case -1: return "minus one";
    case 1000000000000LL: return "10^12";
    default: return v > 0 ? "positive" : "negative";
    }
}

int main(void)
{
    u128 a = ((u128)0x0123456789ABCDEFULL << 64) | 0xFEDCBA9876543210ULL;
    u128 b = 0xFFFFFFFFFFFFFFFFULL;
    hex("a", a);
    hex("b", b);
    hex("a+b", a + b);
    hex("a-b", a - b);
    hex("b*b", b * b);
    hex("a*3", mul(a, 3));
    hex("a/b", a / b);
    hex("a%b", a % b);
    hex("a/7", a / 7);
    hex("a%1000000007", a % 1000000007);
    hex("a>>3", a >> 3);
    hex("a<<5", a << 5);
    hex("a>>70", a >> 70);
    hex("a<<100", a << 100);
    hex("~a", ~a);
    hex("a&b", a & b);
    hex("a|b<<64", a | (b << 64));
    hex("a^b", a ^ b);
    hex("max", ~(u128)0);
    hex("max+1", ~(u128)0 + 1);

    for (int n = 20; n <= 33; n += 3) {
        printf("%d! = ", n);
        print_i128(fact(n));
        putchar('\n');
    }
    i128 x = -fact(30);
    printf("neg: ");
    print_i128(x);
    printf("\nneg/7: ");
    print_i128(sdiv(x, 7));
    printf("\nneg%%7: ");
    print_i128(smod(x, 7));
    printf("\nneg/-13: ");
    print_i128(sdiv(x, -13));
    printf("\nneg%%-13: ");
    print_i128(smod(x, -13));
    printf("\nneg>>10: ");
    print_i128(x >> 10);
    printf("\n");

    /* comparisons */
    i128 m1 = -1;
    u128 big = (u128)1 << 127;
    printf("cmp %d %d %d %d %d\n", m1 < 0, (u128)m1 > big, big > b, (i128)big < 0, a == a + 0);

    /* conversions */
    long long ll = -123456789012345LL;
    i128 w = ll;
    printf("conv %lld %llu %d %lld\n", (long long)w, (unsigned long long)(u128)w, (int)(w >> 100), (long long)(w * 1000000 / 1000000));
    double d = 1e30;
    u128 fromd = (u128)d;
    hex("from 1e30", fromd);
    double back = (double)fromd;
    printf("back %.1f\n", back);
    i128 negd = (i128)-1e20;
    printf("negd ");
    print_i128(negd);
    printf(" %.1f %.1f\n", (double)negd, (double)(((u128)1 << 100) + 12345));
    float f = (float)((u128)1 << 90);
    printf("float %.1f\n", (double)f);

    /* in memory: arrays and struct members */
    u128 arr[4];
    for (int i = 0; i < 4; i++)
        arr[i] = (u128)i << (32 * i);
    u128 sum = 0;
    for (int i = 0; i < 4; i++)
        sum += arr[i];
    hex("sum", sum);
    struct { char c; i128 v; } st = { 'x', -5 };
    printf("align %zu %zu %d\n", _Alignof(i128), sizeof st, (int)st.v);
    unsigned char bytes[16];
    memcpy(bytes, &a, 16);
    printf("bytes %02x %02x %02x\n", bytes[0], bytes[8], bytes[15]);
    printf("vsum128 ");
    print_i128(vsum128(4, 1, (i128)1 << 80, -2, (i128)-5, 3, fact(25), 1, (i128)7));
    putchar('\n');
    hex("params128", params128(3, (u128)1 << 100, 4, ~(u128)0, 12345, -1));
    printf("switch %s %s %s %s\n", switch128(0), switch128(-1), switch128(1000000000000LL), switch128((i128)1 << 90));
    i128 ov;
    int o1 = __builtin_mul_overflow((i128)1 << 100, (i128)1 << 30, &ov);
    int o2 = __builtin_mul_overflow((i128)1 << 100, 1 << 26, &ov);
    printf("overflow128 %d %d ", o1, o2);
    print_i128(ov);
    u128 uov;
    int o3 = __builtin_add_overflow(~(u128)0, 1, &uov);
    int o4 = __builtin_sub_overflow((i128)0, (i128)1, &uov);
    printf(" %d %d\n", o3, o4);
    return 0;
}
