// covers: printf floating conversions %f %F %e %E %g %G %a %A with width, precision, flags (- + space 0 #), %Lf/%Le/%Lg for long double, * width/precision, rounding of printed digits
#include <stdio.h>

int main(void) {
    double vals[] = {0.0, 1.0, -1.5, 3.14159265358979, 123456.789, 1e-7, 6.02214076e23, 0.5, 2.5, 1e100};
    for (int i = 0; i < 10; i++) {
        double v = vals[i];
        printf("[%f] [%.2f] [%10.3f] [%-10.1f] [%+f] [% f] [%010.2f]\n", v, v, v, v, v, v, v);
        printf("[%e] [%.3E] [%g] [%G] [%#g] [%.3g] [%.10g]\n", v, v, v, v, v, v, v);
        printf("[%a] [%A] [%.2a]\n", v, v, v);
    }
    printf("[%F]\n", 12.5);
    printf("[%*.*f] [%-*.*e]\n", 12, 4, 2.718281828, 14, 2, 2.718281828);
    printf("[%.0f] [%.0f] [%.0f] [%.0f]\n", 0.5, 1.5, 2.5, 3.5);   /* round-half-even on exact halves */
    printf("[%.1f] [%.2f]\n", 0.25, 0.125);
    printf("[%#.0f] [%#.0e]\n", 3.0, 3.0);
    printf("[%g] [%g] [%g] [%g]\n", 100000.0, 1000000.0, 0.0001, 0.00001);
    float f = 1.1f;
    printf("[%f] [%.10f]\n", f, f);
    long double ld = 1.0L / 7;
    printf("[%Lf] [%.15Le] [%Lg] [%20.10Lf]\n", ld, ld, ld, ld);
    printf("[%5.1f%%]\n", 99.44);
    printf("[%.3e]\n", 9.9995);
    printf("[%.3e]\n", 9.9994);
    printf("[%08.3f] [%-8.3f] [%+08.2f]\n", -3.14159, -3.14159, 3.14159);
    printf("[%.17g] [%.17g]\n", 0.1, 1.0 / 3);
    printf("[%e]\n", 1e-310);
    printf("[%.0e] [%.1e] [%#.0e]\n", 5e10, 1.25e-5, 7.0);
    printf("[%-12.4g|] [%12.4G|]\n", 0.000012345, 123456789.0);
    printf("[%+.3a] [%.0a]\n", 1.0 / 3, 1.5);
    return 0;
}
