// covers: global initializers with arithmetic constant expressions (integer and floating), casts in initializers ((char)300, (unsigned char)-1, (int)3.9, (float)1/3), sizeof and _Alignof in initializers, enum constants, conditional operator and comma-free constant expressions, shifts and bit ops
#pragma GCC diagnostic ignored "-Woverflow"
#include <stdio.h>

enum { K = 7 };
int a = 3 * 4 + 5;
int b = (1 << 10) | 0x0f;
long c = 1000000L * 1000000L;
unsigned u = -1;
int d = (char)300;
int e = (unsigned char)-1;
int f = (int)3.9;
int g = (int)-3.9;
float h = (float)1 / 3;
double i_ = 1.0 / 3 + 2;
double j = (double)(1 << 20) * 1.5;
int k = sizeof(long double) + _Alignof(double);
int l = K > 5 ? K * 2 : K;
int m = !0 + !5 + ~0 + -(-4);
unsigned long long n = ~0ULL >> 4;
short o = (short)0x12345;
double p = 1e3 / 8;
int q = 17 % 5 + 17 / 5;
long double r = 1.0L / 7;
_Bool s = 0.5;
int t = (int)(2.5 * 4);
char v = 'a' + 2;
int w[] = {K, K * K, K * K * K, sizeof(int) * 8};
double x = (float)0.1;
unsigned char y = 255 + 2;
int z = (1 ? 10 : 20) + (0 ? 1 : 2);

int main(void) {
    printf("%d %d %ld %u\n", a, b, c, u);
    printf("%d %d %d %d\n", d, e, f, g);
    printf("%.9g %.17g %g\n", h, i_, j);
    printf("%d %d %d %llx\n", k, l, m, n);
    printf("%d %g %d %.18Lg\n", o, p, q, r);
    printf("%d %d %c\n", s, t, v);
    printf("%d %d %d %d\n", w[0], w[1], w[2], w[3]);
    printf("%.17g %d %d\n", x, y, z);
    return 0;
}
