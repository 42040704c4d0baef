// covers: math.h transcendental functions exp, log, log10, log2, pow, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, cbrt, exp2, expm1, log1p, erf, tgamma, lgamma printed at %.6g precision; M_PI, M_E constants
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.1, 0.5, 1.0, 2.0, 3.5, 10.0};
    for (int i = 0; i < 6; i++) {
        double x = xs[i];
        printf("x=%g exp=%.6g log=%.6g log10=%.6g log2=%.6g sqrt=%.6g cbrt=%.6g\n",
               x, exp(x), log(x), log10(x), log2(x), sqrt(x), cbrt(x));
        printf("  sin=%.6g cos=%.6g tan=%.6g atan=%.6g sinh=%.6g cosh=%.6g tanh=%.6g\n",
               sin(x), cos(x), tan(x), atan(x), sinh(x), cosh(x), tanh(x));
        printf("  exp2=%.6g expm1=%.6g log1p=%.6g erf=%.6g tgamma=%.6g lgamma=%.6g\n",
               exp2(x), expm1(x), log1p(x), erf(x), tgamma(x), lgamma(x));
    }
    printf("%.6g %.6g %.6g\n", asin(0.5), acos(0.5), asin(1.0));
    for (int q = 0; q < 8; q++) {
        double ang = q * M_PI / 4;
        printf("%.6g ", atan2(sin(ang), cos(ang)));
    }
    printf("\n");
    printf("%.6g %.6g %.6g\n", atan2(1, -1), atan2(-1, -1), atan2(0, -1));
    printf("%g %g %g %g\n", pow(2, 10), pow(2, -2), pow(-2, 3), pow(9, 0.5));
    printf("%.6g %.6g\n", pow(1.0001, 10000), pow(10, 0.3));
    printf("%g %g\n", pow(0, 0), pow(5, 0));
    printf("%.10f %.10f\n", M_PI, M_E);
    printf("%.6g %.6g\n", M_SQRT2, M_LN2);
    printf("%.6g %.6g %.6g\n", expf(1.0f), logf(10.0f), powf(3.0f, 4.0f));
    printf("%.6Lg %.6Lg\n", expl(1.0L), logl(2.0L));
    double s = 0;
    for (int i = 1; i <= 100; i++) s += sin(i) * sin(i) + cos(i) * cos(i);
    printf("%.6g\n", s);
    return 0;
}
