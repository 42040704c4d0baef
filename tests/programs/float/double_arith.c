// covers: double arithmetic, associativity differences ((a+b)+c vs a+(b+c)), exact and inexact operations, large/small magnitudes, division, accumulation, double comparisons
#include <stdio.h>

static double horner(const double *c, int n, double x) {
    double r = 0;
    for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
    return r;
}

int main(void) {
    double a = 1e16, b = -1e16, c = 1.0;
    printf("%.17g %.17g\n", (a + b) + c, a + (b + c));
    printf("%.17g\n", 0.1 + 0.2);
    printf("%d\n", 0.1 + 0.2 == 0.3);
    printf("%.17g\n", 1.0 / 3.0 * 3.0);
    printf("%.17g\n", 100.0 / 7.0);
    printf("%.17g\n", 2.0 / 3.0 - 1.0 / 3.0);
    double coeffs[] = {1, -2.5, 0.75, 3, -0.125};
    for (int i = -4; i <= 4; i++) printf("%.10g ", horner(coeffs, 5, i * 0.5));
    printf("\n");
    double x = 1.0;
    for (int i = 0; i < 50; i++) x = x * 1.5 - 0.25;
    printf("%.10e\n", x);
    double eps = 1.0;
    while (1.0 + eps / 2 != 1.0) eps /= 2;
    printf("%.17g\n", eps);
    double fact = 1;
    for (int i = 1; i <= 170; i++) fact *= i;
    printf("%.10e\n", fact);
    double e = 0, term = 1;
    for (int i = 1; i < 25; i++) { e += term; term /= i; }
    printf("%.15f\n", e);
    double pi4 = 0;
    for (int k = 0; k < 100000; k++) pi4 += (k % 2 ? -1.0 : 1.0) / (2 * k + 1);
    printf("%.10f\n", pi4 * 4);
    double vals[] = {3.5, -2.25, 1e-5, 7e10, -0.0};
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 5; j++)
            printf("%d", (vals[i] < vals[j]) + 2 * (vals[i] == vals[j]));
    printf("\n");
    double r = 10.0;
    r /= 4; r *= 3; r -= 0.5; r += 100;
    printf("%g\n", r);
    printf("%.17g\n", 123456789.0 * 987654321.0);
    printf("%.17g\n", 1e308 * 10 / 10);
    return 0;
}
