// covers: GNU complex integer types (_Complex int), integer imaginary constants (4i), arithmetic and __real__/__imag__ on them
#include <stdio.h>

int main(void) {
    _Complex int ci = 3 + 4i;
    _Complex int ci2 = ci * ci;
    printf("%d %d\n", __real__ ci2, __imag__ ci2);
    _Complex long cl = ci2 + 10;
    printf("%ld %ld\n", __real__ cl, __imag__ cl);
    _Complex double cd = ci;
    printf("%g %g\n", __real__ cd, __imag__ cd);
    return 0;
}
