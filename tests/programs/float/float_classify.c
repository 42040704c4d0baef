// covers: fpclassify (FP_NAN FP_INFINITE FP_ZERO FP_SUBNORMAL FP_NORMAL), isfinite, isnormal, isnan, isinf, signbit on float/double/long double, subnormal arithmetic, isgreater/isless/isunordered macros
#include <stdio.h>
#include <math.h>
#include <float.h>

static const char *cls(int c) {
    switch (c) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    case FP_NORMAL: return "normal";
    default: return "?";
    }
}

int main(void) {
    volatile double z = 0.0;
    double vals[] = {0.0, -0.0, 1.0, -1e-310, DBL_MIN, DBL_MAX, 1.0 / z, -1.0 / z, z / z, 5e-324};
    for (int i = 0; i < 10; i++) {
        double v = vals[i];
        printf("%-9s fin=%d norm=%d nan=%d inf=%d sign=%d\n", cls(fpclassify(v)), isfinite(v) != 0, isnormal(v) != 0,
               isnan(v) != 0, isinf(v) != 0, signbit(v) != 0);
    }
    float fv[] = {1e-40f, 1.0f, 0.0f, FLT_MAX};
    for (int i = 0; i < 4; i++) printf("%s ", cls(fpclassify(fv[i])));
    printf("\n");
    long double lv[] = {1e-4940L, 1.0L, LDBL_MAX};
    for (int i = 0; i < 3; i++) printf("%s ", cls(fpclassify(lv[i])));
    printf("\n");
    double nan1 = z / z;
    printf("%d %d %d %d\n", isgreater(2.0, 1.0), isless(2.0, 1.0), isgreater(nan1, 1.0), isunordered(nan1, 1.0));
    printf("%d %d %d\n", islessequal(1.0, 1.0), isgreaterequal(0.5, 1.0), islessgreater(1.0, 2.0));
    double sub = 5e-324;
    printf("%.6e %.6e %.6e\n", sub * 3, sub * 1e300, sub / 2);
    double a = DBL_MIN, b = DBL_MIN * 1.5;
    printf("%.6e %s\n", b - a, cls(fpclassify(b - a)));
    return 0;
}
