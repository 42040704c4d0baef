/* long double objects with static initializers: folded in the x87 format like gcc. */
#include <stdio.h>
static long double a = 1.0L / 3;
static long double b = -0.1L;
long double c[3] = { 1e4000L, 2, (long double)7 / 2 };
static long double d = (long double)18446744073709551615ULL;
static double e = 1.0L / 3;
static int f = 2.9L;
static _Bool g = 0.5L;
struct { long double x; int i; } s = { 1.25L, 3 };
int main(void) { printf("%.21Lg %.21Lg %Lg %Lg %Lg %.1Lf %.17g %d %d %Lg %d\n", a, b, c[0], c[1], c[2], d, e, f, g, s.x, s.i); return 0; }
