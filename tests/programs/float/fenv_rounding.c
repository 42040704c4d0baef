// covers: fenv.h fesetround/fegetround with FE_TONEAREST FE_UPWARD FE_DOWNWARD FE_TOWARDZERO affecting lrint and runtime arithmetic on volatile operands, feclearexcept/fetestexcept for FE_DIVBYZERO FE_INEXACT FE_INVALID
#include <stdio.h>
#include <fenv.h>
#include <math.h>

int main(void) {
    int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    const char *names[] = {"nearest", "upward", "downward", "towardzero"};
    volatile double vals[] = {2.5, -2.5, 1.2, -1.7, 0.5};
    volatile double one = 1.0, three = 3.0;
    for (int m = 0; m < 4; m++) {
        fesetround(modes[m]);
        printf("%-10s %d:", names[m], fegetround() == modes[m]);
        for (int i = 0; i < 5; i++) printf(" %ld", lrint(vals[i]));
        volatile double q = one / three;
        printf(" %.17g", q);
        volatile double nq = -one / three;
        printf(" %.17g\n", nq);
    }
    fesetround(FE_TONEAREST);
    volatile double zero = 0.0;
    feclearexcept(FE_ALL_EXCEPT);
    volatile double r = one / zero;
    printf("divbyzero %d %g\n", fetestexcept(FE_DIVBYZERO) != 0, r);
    feclearexcept(FE_ALL_EXCEPT);
    r = one / three;
    printf("inexact %d\n", fetestexcept(FE_INEXACT) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = one + one;
    printf("exact %d\n", fetestexcept(FE_INEXACT) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    r = zero / zero;
    printf("invalid %d %d\n", fetestexcept(FE_INVALID) != 0, isnan(r) != 0);
    feclearexcept(FE_ALL_EXCEPT);
    printf("cleared %d\n", fetestexcept(FE_ALL_EXCEPT));
    return 0;
}
