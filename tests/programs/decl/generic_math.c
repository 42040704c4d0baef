// covers: _Generic selecting functions by argument type (type-generic abs/sqrt/max), tgmath.h type-generic macros (sqrt, fabs, pow on float/double/long double), _Generic with qualified pointer associations, nested _Generic
#include <stdio.h>
#include <stdlib.h>
#include <tgmath.h>

static int iabs_(int x) { return x < 0 ? -x : x; }
static long labs_(long x) { return x < 0 ? -x : x; }
static double dabs_(double x) { return x < 0 ? -x : x; }
#define ABS(x) _Generic((x), int: iabs_, long: labs_, double: dabs_, float: dabs_)(x)

static int max_i(int a, int b) { return a > b ? a : b; }
static double max_d(double a, double b) { return a > b ? a : b; }
#define MAX(a, b) _Generic((a) + (b), int: max_i, default: max_d)(a, b)

static const char *mut(int *p) { (void)p; return "mutable"; }
static const char *imm(const int *p) { (void)p; return "immutable"; }
#define KIND(p) _Generic((p), int *: mut, const int *: imm)(p)

#define SIZE_CLASS(x) _Generic((x), char: "small", short: "small", default: _Generic((x), long: "big", long long: "big", default: "normal"))

int main(void) {
    printf("%d %ld %g %g\n", ABS(-5), ABS(-7000000000L), ABS(-2.5), ABS(-1.5f));
    printf("%d %g %g\n", MAX(3, 9), MAX(3, 9.5), MAX(2.5f, 1));
    int x = 1;
    const int y = 2;
    printf("%s %s\n", KIND(&x), KIND(&y));
    printf("%s %s %s %s\n", SIZE_CLASS((char)1), SIZE_CLASS(1), SIZE_CLASS(1L), SIZE_CLASS(1LL));
    float f = 2.0f;
    double d = 2.0;
    long double ld = 2.0L;
    printf("%zu %zu %zu\n", sizeof(sqrt(f)), sizeof(sqrt(d)), sizeof(sqrt(ld)));
    printf("%.6g %.6g %.6Lg\n", (double)sqrt(f), sqrt(d), sqrt(ld));
    printf("%g %g\n", (double)fabs(-f), fabs(-d));
    printf("%zu %g\n", sizeof(pow(f, 2)), (double)pow(f, 3));
    printf("%zu\n", sizeof(pow(f, 2.0)));
    printf("%zu\n", sizeof(floor(1)));
    return 0;
}
