// covers: complex.h double complex arithmetic (+ - * /), I, creal, cimag, cabs, carg, conj, cexp/csqrt (printed %.6g), complex from real conversion, complex equality, float complex and long double complex
#include <stdio.h>
#include <complex.h>
#include <math.h>

static double clean(double v) { return fabs(v) < 1e-12 ? 0.0 : v; }   /* hide libm last-bit noise */
static void pc(const char *l, double complex z) { printf("%s = %.6g%+.6gi\n", l, clean(creal(z)), clean(cimag(z))); }

int main(void) {
    double complex a = 3.0 + 4.0 * I;
    double complex b = 1.0 - 2.0 * I;
    pc("a", a);
    pc("b", b);
    pc("a+b", a + b);
    pc("a-b", a - b);
    pc("a*b", a * b);
    pc("a/b", a / b);
    pc("conj(a)", conj(a));
    printf("cabs(a) = %g\n", cabs(a));
    printf("carg(I) = %.6g\n", carg(I));
    pc("I*I", I * I);
    pc("a*2", a * 2);
    pc("a+1", a + 1);
    pc("1/a", 1 / a);
    pc("csqrt(-4)", csqrt(-4.0 + 0.0 * I));
    pc("cexp(i*pi)", cexp(I * 3.14159265358979323846));
    pc("cpow(I,2)", cpow(I, 2));
    printf("%d %d\n", a == 3 + 4 * I, a != b);
    double complex z = 0;
    for (int k = 1; k <= 10; k++) z = z * (1 + 0.1 * I) + k;
    pc("iter", z);
    float complex fz = 1.0f + 1.0f * I;
    fz = fz * fz * fz;
    printf("%.6g %.6g\n", (double)crealf(fz), (double)cimagf(fz));
    long double complex lz = 2.0L - 3.0L * I;
    lz = lz * conjl(lz);
    printf("%.6Lg %.6Lg\n", creall(lz), cimagl(lz));
    double complex roots[4];
    for (int k = 0; k < 4; k++) roots[k] = cexp(I * (k * 3.14159265358979323846 / 2));
    double complex prod = 1;
    for (int k = 0; k < 4; k++) prod *= roots[k];
    printf("%.6f %.6f\n", creal(prod) + 0.0, fabs(cimag(prod)) < 1e-12 ? 0.0 : cimag(prod));
    double re = creal(a) * 2, im = cimag(b) * 3;
    printf("%g %g\n", re, im);
    printf("%d\n", (int)sizeof(double complex));
    return 0;
}
