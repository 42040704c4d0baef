/* _Complex double (and float): arithmetic, conjugate, creal/cimag, cabs of exact values,
 * complex in structs, passed and returned by value, GNU __real__/__imag__ and the
 * imaginary constant 1.0i. */
#include <stdio.h>
#include <complex.h>

static double complex cmul3(double complex a, double complex b, double complex c) { return a * b * c; }
static float complex fsq(float complex z) { return z * z; }

struct CP { double complex z; int tag; };

static struct CP rotate(struct CP p)
{
    p.z *= I;
    p.tag++;
    return p;
}

static void show(const char *name, double complex z)
{
    printf("%s = %.6f%+.6fi\n", name, creal(z), cimag(z));
}

int main(void)
{
    double complex a = 3.0 + 4.0 * I;
    double complex b = 1.0 - 2.0 * I;
    show("a", a);
    show("b", b);
    show("a+b", a + b);
    show("a-b", a - b);
    show("a*b", a * b);
    show("a/b", a / b);
    show("conj(a)", conj(a));
    show("-a", -a);
    show("a*2.5", a * 2.5);
    show("a/2", a / 2.0);
    show("1/a", 1.0 / a);
    printf("cabs %.6f %.6f\n", cabs(a), cabs(b * conj(b)));
    printf("eq %d %d\n", a == 3.0 + 4.0 * I, a != b);
    show("cmul3", cmul3(a, b, I));
    float complex fz = 1.5f + 2.0f * I;
    float complex fs = fsq(fz);
    printf("float %.3f %.3f %zu\n", (double)crealf(fs), (double)cimagf(fs), sizeof fz);
    struct CP p = { 1.0 + 2.0 * I, 0 };
    for (int i = 0; i < 3; i++)
        p = rotate(p);
    show("rotated", p.z);
    printf("tag %d\n", p.tag);
    double complex acc = 1.0;
    for (int i = 0; i < 8; i++)
        acc *= (1.0 + 1.0 * I);
    show("(1+i)^8", acc);
    double complex g = 2.0 + 3.0i;
    __real__ g = 5.0;
    __imag__ g += 1.0;
    show("gnu", g);
    printf("parts %.1f %.1f\n", __real__ g, __imag__ g);
    double complex from_real = 7.5;
    show("from_real", from_real);
    double r = creal(a * conj(a));
    printf("norm %.1f\n", r);
    double complex arr[3] = { 1.0, I, -1.0 };
    double complex sum = 0;
    for (int i = 0; i < 3; i++)
        sum += arr[i] * (i + 1);
    show("sum", sum);
    /* libm functions with complex arguments and results */
    show("csqrt(-4)", csqrt(-4.0));
    show("csqrt(2i)", csqrt(2.0 * I));
    show("cexp(0)", cexp(0.0));
    show("cproj", cproj(a));
    show("conj lib", conj(b));
    printf("carg %.6f %.6f cabs %.6f\n", carg(1.0 * I), carg(-1.0), cabs(5.0 - 12.0 * I));
    float complex fz2 = csqrtf(-9.0f);
    printf("csqrtf %.3f %.3f cabsf %.3f\n", (double)crealf(fz2), (double)cimagf(fz2), (double)cabsf(3.0f + 4.0f * I));
    return 0;
}
