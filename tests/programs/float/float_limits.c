// covers: float.h constants FLT_/DBL_/LDBL_ MAX, MIN, EPSILON, DIG, MANT_DIG, MAX_EXP, MIN_EXP, MAX_10_EXP, TRUE_MIN, FLT_RADIX, DECIMAL_DIG; behavior at limits (overflow to inf, gradual underflow)
#include <stdio.h>
#include <float.h>
#include <math.h>

int main(void) {
    printf("%d %d\n", FLT_RADIX, DECIMAL_DIG);
    printf("%.9g %.9g %.9g %.9g\n", FLT_MAX, FLT_MIN, FLT_EPSILON, FLT_TRUE_MIN);
    printf("%d %d %d %d %d %d\n", FLT_DIG, FLT_MANT_DIG, FLT_MAX_EXP, FLT_MIN_EXP, FLT_MAX_10_EXP, FLT_MIN_10_EXP);
    printf("%.17g %.17g %.17g %.17g\n", DBL_MAX, DBL_MIN, DBL_EPSILON, DBL_TRUE_MIN);
    printf("%d %d %d %d %d %d\n", DBL_DIG, DBL_MANT_DIG, DBL_MAX_EXP, DBL_MIN_EXP, DBL_MAX_10_EXP, DBL_MIN_10_EXP);
    printf("%.21Lg %.21Lg %.21Lg\n", LDBL_MAX, LDBL_MIN, LDBL_EPSILON);
    printf("%d %d %d %d\n", LDBL_DIG, LDBL_MANT_DIG, LDBL_MAX_EXP, LDBL_MIN_EXP);
    volatile double one = 1.0;
    printf("%d\n", one + DBL_EPSILON > one);
    printf("%d\n", one + DBL_EPSILON / 2 == one);
    printf("%d\n", 1.0f + FLT_EPSILON > 1.0f);
    double max = DBL_MAX * one;
    printf("%g\n", max * 2);
    double sub = DBL_MIN * one / 4;
    printf("%.6e %d\n", sub, fpclassify(sub) == FP_SUBNORMAL);
    printf("%.6e\n", DBL_TRUE_MIN * one / 2);
    float fm = FLT_MAX;
    printf("%g\n", (double)(fm * (float)one * 2.0f));
    printf("%.6e\n", (double)(FLT_TRUE_MIN * (float)one));
    double steps = DBL_MIN * one;
    int n = 0;
    while (steps > 0) { steps /= 2; n++; }
    printf("%d\n", n);
    printf("%d\n", (int)(FLT_MAX > 3e38f));
    return 0;
}
