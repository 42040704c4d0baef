/* long double in memory shared with libc: values libc writes through a long double * (sscanf
 * "%Lf", modfl, frexpl's result), and the x87 80-bit representation of long double objects
 * (the 10 value bytes; the 6 padding bytes are not printed).
 * NOTE: cir's JIT holds long double as double, so every value here is exactly representable
 * as a double; what is checked is that long double objects in memory have gcc's format. */
#include <stdio.h>
#include <math.h>
#include <string.h>

static void bytes10(const char *t, const long double *p)
{
    unsigned char b[16];
    memcpy(b, p, sizeof b);
    printf("%s:", t);
    for (int i = 0; i < 10; i++)
        printf(" %02x", b[i]);
    printf("\n");
}

int main(void)
{
    long double a = 1.5L, b = -0.375L, c = 1024.0L;
    bytes10("1.5", &a);
    bytes10("-0.375", &b);
    bytes10("1024", &c);
    long double arr[2] = { 2.0L, 0.0L };
    bytes10("arr[0]", &arr[0]);
    bytes10("arr[1]", &arr[1]);

    long double x = 0, y = 0;
    int n = sscanf("2.25 -7.5", "%Lf %Lf", &x, &y);
    printf("sscanf %d %Lf %Lf\n", n, x, y);
    long double ip = 0;
    long double frac = modfl(5.75L, &ip);
    printf("modfl %Lf %Lf\n", frac, ip);
    int e = 0;
    long double m = frexpl(48.0L, &e);
    printf("frexpl %Lf %d\n", m, e);
    long double q = 0;
    sscanf("0.125", "%Lg", &q);
    bytes10("scanned 0.125", &q);
    printf("sum %Lf\n", x + y + ip + q);
    return 0;
}
