/* libm calls with every kind of argument and result: float and double versions, int and
 * long results, int and pointer parameters (frexp, modf, remquo, sincos, lgamma_r), on
 * run-time inputs (volatile, so gcc cannot fold the calls). */
#define _GNU_SOURCE
#include <stdio.h>
#include <math.h>

static volatile double v1 = 1.0, v2 = 2.0, v05 = 0.5, v3 = 3.0, v10 = 10.0;
static volatile float f1 = 1.0f, f2 = 2.0f, f05 = 0.5f;

int main(void)
{
    printf("d %.15g %.15g %.15g %.15g %.15g\n", sin(v1), cos(v1), tan(v05), atan2(v1, v2), exp(v1));
    printf("d %.15g %.15g %.15g %.15g %.15g\n", log(v10), log10(v10 * 10), pow(v2, v10), sqrt(v3), cbrt(v10 - 2));
    printf("d %.15g %.15g %.15g %.15g\n", hypot(v3, v3 + 1), fma(v2, v3, v05), fmod(v10, v3), remainder(v10, v3));
    printf("f %.7g %.7g %.7g %.7g %.7g\n", (double)sinf(f1), (double)expf(f2), (double)powf(f2, f05), (double)sqrtf(f2),
           (double)fmaf(f2, f2, f05));
    printf("round %ld %lld %ld %ld %g %g %g\n", lround(v05 + 2), llround(-v05 - 2), lrint(v05 + 2), lrintf(f05 + 3),
           nearbyint(v05 + 2), rint(-v05 - 2), roundf(-2.5f) + 0.0);
    int e;
    double m = frexp(v10 * 3, &e);
    double ip;
    double fr = modf(-v3 - 0.25, &ip);
    int quo;
    double rq = remquo(v10 + 1, v3, &quo);
    printf("ptr %.6f %d %.6f %.6f %.6f %d\n", m, e, fr, ip, rq, quo);
    float fm;
    int fe;
    fm = frexpf(f2 * 48, &fe);
    printf("frexpf %.6f %d\n", (double)fm, fe);
    double s, c;
    sincos(v05, &s, &c);
    printf("sincos %.15g %.15g\n", s, c);
    int sign;
    double lg = lgamma_r(-v05, &sign);
    printf("lgamma_r %.15g %d\n", lg, sign);
    printf("int params %.6f %.6f %.6f %d %d\n", ldexp(v05, 10), scalbn(v3, -2), (double)ldexpf(f05, 3), ilogb(v10 * 100),
           (int)logb(v10));
    printf("class %d %d %d %d\n", isfinite(v1 / 0.0), isinf(-v1 / 0.0), fpclassify(v1) == FP_NORMAL, isnormal(v1 / 1e308 / 1e10));
    printf("next %a %a %a\n", nextafter(v1, v2), nextafter(v1, 0.0), (double)nextafterf(f1, 2.0f));
    printf("copysign %g %g %g %g\n", copysign(v3, -0.0), fabs(-v3), fdim(v3, v10), fmax(v3, v10));
    printf("erf %.15g %.15g tgamma %.15g\n", erf(v05), erfc(v05), tgamma(v3 + 2));
    printf("trunc %g %g %g %g\n", trunc(-v3 - 0.7), floor(-v05), ceil(v05), (double)truncf(-f2 - 0.7f));
    return 0;
}
