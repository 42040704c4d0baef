// covers: math.h exact functions: sqrt, fabs, floor, ceil, round, trunc, rint, nearbyint, lround, llround, fmod, remainder, remquo, fmin, fmax, fdim, fma, hypot (exact cases), ldexp, frexp, modf, scalbn, ilogb, logb, copysign, nextafter; float (f) and long double (l) variants
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7, -3.7, 1e10 + 0.5};
    for (int i = 0; i < 9; i++) {
        double x = xs[i];
        printf("%g: floor=%g ceil=%g round=%g trunc=%g rint=%g nearbyint=%g lround=%ld llround=%lld\n",
               x, floor(x), ceil(x), round(x), trunc(x), rint(x), nearbyint(x), lround(x), llround(x));
    }
    printf("%.17g %.17g %g\n", sqrt(2.0), sqrt(1e-10), sqrt(144.0));
    printf("%g %g %g %g\n", fmod(7.5, 2), fmod(-7.5, 2), fmod(7.5, -2), fmod(1e10, 3));
    printf("%g %g %g\n", remainder(7.5, 2), remainder(-7.5, 2), remainder(5, 3));
    int q;
    double rq = remquo(17.0, 5.0, &q);
    printf("%g %d\n", rq, q & 7);
    printf("%g %g %g\n", fmin(3, -1), fmax(3, -1), fdim(5, 3));
    printf("%g\n", fdim(3, 5));
    printf("%.17g\n", fma(0.1, 10, -1));
    printf("%g %g\n", hypot(3, 4), hypot(5, 12));
    printf("%g %g\n", ldexp(0.75, 10), ldexp(3, -2));
    int ex;
    double m = frexp(48.0, &ex);
    printf("%g %d\n", m, ex);
    m = frexp(-0.1, &ex);
    printf("%.17g %d\n", m, ex);
    double ip;
    double fp = modf(-3.25, &ip);
    printf("%g %g\n", fp, ip);
    printf("%g %d %g\n", scalbn(1.5, 4), ilogb(1000.0), logb(0.01));
    printf("%g %g\n", copysign(2, -0.0), copysign(-2, 1));
    printf("%a %a\n", nextafter(1.0, 2.0), nextafter(1.0, 0.0));
    printf("%g %g %g\n", fabs(-3.5), fabs(3.5), fabs(-0.0));
    float f = 2.0f;
    printf("%.9g %.9g %.9g %.9g\n", sqrtf(f), floorf(-1.5f), fabsf(-f), fmodf(7.0f, 3.0f));
    long double ld = 2.0L;
    printf("%.19Lg %Lg %Lg\n", sqrtl(ld), floorl(-1.5L), ceill(1.2L));
    printf("%Lg %Lg\n", fmodl(10.5L, 3), truncl(-2.7L));
    long long sum = 0;
    for (int i = 1; i <= 1000; i++) sum += (long long)floor(sqrt((double)i));
    printf("%lld\n", sum);
    return 0;
}
