// covers: hexadecimal floating constants (0x1p3, 0x1.8p-1, 0X.8P+2, 0x1p-1074 subnormal, 0x1.fffffffffffffp1023), float/long double hex literals with f/L suffix, printing with %a, decimal literal forms (.5, 5., 1e3, 1E-3f)
#include <stdio.h>

int main(void) {
    double a = 0x1p3;
    double b = 0x1.8p-1;
    double c = 0X.8P+2;
    double d = 0xAp0;
    double e = 0x1.fffffffffffffp1023;
    double f = 0x1p-1074;
    double g = 0x1p-1022;
    float h = 0x1.5p2f;
    long double i = 0x1.0000000000000002p0L;
    printf("%g %g %g %g\n", a, b, c, d);
    printf("%.17g\n", e);
    printf("%.17g %.17g\n", f, g);
    printf("%g\n", (double)h);
    printf("%.20Lf\n", i);
    printf("%a %a %a %a\n", a, b, c, d);
    printf("%a %a %a\n", e, f, g);
    printf("%a\n", (double)h);
    printf("%La\n", i);
    double dec1 = .5, dec2 = 5., dec3 = 1e3, dec4 = 1E-3, dec5 = 12.5e+2;
    float fl = 1e-3f, fl2 = 2.F;
    long double ld = 1.5L, ld2 = 2e-2l;
    printf("%g %g %g %g %g\n", dec1, dec2, dec3, dec4, dec5);
    printf("%.9g %g\n", (double)fl, (double)fl2);
    printf("%Lg %Lg\n", ld, ld2);
    printf("%d\n", 0x1.999999999999ap-4 == 0.1);
    printf("%d\n", 0x1.99999ap-4f == 0.1f);
    printf("%a\n", 0.1);
    printf("%a\n", 1.0 / 3);
    printf("%a\n", -2.5);
    printf("%a\n", 0.0);
    printf("%a\n", 1e300);
    double sum = 0x1p-3 + 0x1p-4 + 0x1p-5;
    printf("%g %a\n", sum, sum);
    return 0;
}
