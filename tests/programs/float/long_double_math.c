// covers: long double math functions sqrtl, fabsl, floorl, ceill, roundl, fmodl, frexpl, ldexpl, modfl, powl (integer exponent), long double accumulation and conversion to double, %Le printing
#include <stdio.h>
#include <math.h>

int main(void) {
    long double xs[] = {2.0L, 10.5L, -3.75L, 1e20L, 1e-20L, 0.1L};
    for (int i = 0; i < 6; i++) {
        long double x = xs[i];
        int e;
        long double ip;
        long double m = frexpl(x, &e);
        long double fr = modfl(x, &ip);
        printf("%Lg: sqrt=%.15Lg fabs=%Lg floor=%Lg ceil=%Lg round=%Lg frexp=%.18Lg,%d modf=%Lg,%Lg\n",
               x, sqrtl(fabsl(x)), fabsl(x), floorl(x), ceill(x), roundl(x), m, e, fr, ip);
    }
    printf("%Lg\n", ldexpl(1.0L, 16000));
    printf("%Lg\n", ldexpl(1.0L, -16400));
    printf("%Lg\n", fmodl(1e20L, 7.0L));
    printf("%Lg\n", powl(2.0L, 100));
    printf("%Lg\n", powl(3.0L, -3));
    long double s = 0;
    for (int k = 1; k <= 1000; k++) s += 1.0L / ((long double)k * k);
    printf("%.18Lf\n", s);
    double ds = (double)s;
    printf("%.17g\n", ds);
    long double big = 1e4000L;
    printf("%Le\n", big);
    printf("%Le\n", big * big);
    printf("%d\n", isinf(big * big) != 0);
    long double tiny = 1e-4940L;
    printf("%Le\n", tiny);
    return 0;
}
