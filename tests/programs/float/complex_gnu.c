// covers: _Complex types without complex.h, GNU __real__ and __imag__ operators (rvalue and lvalue), imaginary constants 2.0i (GNU), complex conversion to real, complex in structs and function args/returns
#include <stdio.h>

struct cpair { _Complex double a, b; };

static _Complex double mul(_Complex double x, _Complex double y) { return x * y; }
static _Complex float fsq(_Complex float z) { return z * z; }

int main(void) {
    _Complex double z = 1.0 + 2.0i;
    printf("%g %g\n", __real__ z, __imag__ z);
    __real__ z = 5.0;
    __imag__ z *= 3;
    printf("%g %g\n", __real__ z, __imag__ z);
    _Complex double w = mul(z, 2.0 - 1.0i);
    printf("%g %g\n", __real__ w, __imag__ w);
    _Complex float f = 0.5f + 1.5fi;
    _Complex float f2 = fsq(f);
    printf("%g %g\n", (double)__real__ f2, (double)__imag__ f2);
    double r = (double)z;   /* discards imaginary part */
    printf("%g\n", r);
    _Complex double fromreal = 7.5;
    printf("%g %g\n", __real__ fromreal, __imag__ fromreal);
    struct cpair p = {1.0 + 1.0i, 2.0 - 3.0i};
    _Complex double s = p.a + p.b;
    printf("%g %g\n", __real__ s, __imag__ s);
    __imag__ p.b = 0;
    printf("%g %g\n", __real__ p.b, __imag__ p.b);
    _Complex double arr[3] = {1, 1.0i, -1};
    _Complex double acc = 1;
    for (int i = 0; i < 3; i++) acc *= arr[i];
    printf("%g %g\n", __real__ acc, __imag__ acc);
    _Complex long double lz = 1.0L + 1.0Li;
    lz /= 2;
    printf("%Lg %Lg\n", __real__ lz, __imag__ lz);
    double *parts = (double *)&z;
    printf("%g %g\n", parts[0], parts[1]);
    printf("%d\n", z == 5.0 + 6.0i);
    printf("%g\n", __real__ 3.0);
    printf("%g\n", __imag__ 3.0);
    return 0;
}
