/* Hostile: stops the compilation with cir_fatal (at run time there is no cir_fatal: the
 * program does not link). */
#include <cir.h>

static int attack(void)
{
    cir_fatal("hostile program gives up: %d", 42);
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
