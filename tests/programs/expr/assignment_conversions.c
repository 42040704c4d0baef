// covers: implicit conversions on assignment, initialization, argument passing and return between all arithmetic types (narrowing, widening, int<->float), prototypes forcing conversions
#include <stdio.h>
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Woverflow"

static short to_short(long long v) { return v; }
static unsigned char to_uchar(int v) { return v; }
static double take_double(double d) { return d * 2; }
static float take_float(float f) { return f + 0.5f; }
static long long take_ll(long long x) { return x; }
static int ret_int(double d) { return d; }

int main(void) {
    char c = 1000;
    short s = 100000;
    int i = 3000000000u;
    unsigned u = -7;
    long l = 1.9e10;
    float f = 16777217;
    double d = 9007199254740993LL;
    unsigned char uc = -1;
    printf("%d %d %d %u %ld %.1f %.1f %d\n", c, s, i, u, l, f, d, uc);
    printf("%d %d\n", to_short(70000), to_uchar(-2));
    printf("%g %g\n", take_double(3), take_float(2));
    printf("%lld\n", take_ll(-5));
    printf("%lld\n", take_ll(4000000000u));
    printf("%d %d\n", ret_int(-2.9), ret_int(2.9));
    long double ld = 1;
    ld = ld / 3;
    double back = ld;
    float back2 = ld;
    printf("%.15g %.7g\n", back, back2);
    int arr[3] = {1.9, -1.9, 'a'};
    printf("%d %d %d\n", arr[0], arr[1], arr[2]);
    unsigned short us = 65536 + 17;
    printf("%d\n", us);
    _Bool b = 0.0001;
    printf("%d\n", b);
    signed char sc = 129;
    printf("%d\n", sc);
    long long big = 1e18;
    printf("%lld\n", big);
    unsigned long long ubig = -1.0 + 2.0;
    printf("%llu\n", ubig);
    int x = 'A' + 1.5;
    printf("%d\n", x);
    return 0;
}
