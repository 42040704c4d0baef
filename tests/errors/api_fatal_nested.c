// expect: 14: in `@inner`: too big: 3
#include <cir.h>

static int inner(int x)
{
    if (x > 2)
        cir_fatal("too big: %d", x);
    return x;
}

static int outer(int y) { return y + 1; }

int v =
    @outer(@inner(3));
