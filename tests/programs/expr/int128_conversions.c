// covers: conversions between __int128/unsigned __int128 and smaller integers, doubles, long double, sign extension into 128 bits, truncation from 128 bits, 128-bit comparisons with mixed types
#include <stdio.h>

static void hex(const char *l, unsigned __int128 v) {
    printf("%s %016llx%016llx\n", l, (unsigned long long)(v >> 64), (unsigned long long)v);
}

int main(void) {
    int i = -1;
    __int128 a = i;
    hex("sext int", (unsigned __int128)a);
    unsigned u = 0xffffffffu;
    __int128 b = u;
    hex("zext uint", (unsigned __int128)b);
    long long ll = -9223372036854775807LL - 1;
    hex("sext ll", (unsigned __int128)(__int128)ll);
    unsigned __int128 c = (unsigned __int128)ll;
    hex("u128 from ll", c);
    unsigned __int128 big = ((unsigned __int128)0xdeadbeefcafebabeULL << 64) | 0x0123456789abcdefULL;
    printf("%d %d %d\n", (int)(char)big, (int)(short)big, (int)big);
    printf("%u %llx %lld\n", (unsigned)big, (unsigned long long)big, (long long)big);
    __int128 sbig = (__int128)big;
    printf("%d\n", sbig < 0);
    printf("%lld\n", (long long)(sbig >> 64));
    double d = (double)big;
    printf("%.6e\n", d);
    long double ld = (long double)big;
    printf("%.10Le\n", ld);
    __int128 fromd = (__int128)-1.5e20;
    printf("%lld %llu\n", (long long)(fromd >> 64), (unsigned long long)fromd);
    unsigned __int128 fromld = (unsigned __int128)1e25L;
    hex("from ld", fromld);
    printf("%d %d\n", big > 0, sbig < -1);
    printf("%d\n", (unsigned __int128)-1 > 0);
    printf("%d\n", (__int128)-1 < 0u);
    printf("%d\n", (__int128)1 << 64 > 18446744073709551615ULL);
    _Bool bb = (__int128)1 << 100;
    printf("%d\n", bb);
    float f = (float)((__int128)1 << 100);
    printf("%.6g\n", (double)f);
    return 0;
}
