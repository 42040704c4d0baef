/* A negated imaginary constant is -(0 + vi): its real part is -0.0, in code and in static data. */
#include <stdio.h>
#include <math.h>
static _Complex double sz = -3.0i;
int main(void) { _Complex double z = -2.0i; _Complex long double l = -2.0Li; _Complex float f = -1.0fi;
 printf("%d %d %d %d\n", signbit(__real__ z) != 0, signbit(__real__ sz) != 0, signbit(__real__ l) != 0, signbit(__real__ f) != 0); return 0; }
