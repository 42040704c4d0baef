#include <stdio.h>
#include <cir.h>

/* Runs at compile time and returns code: the expression "Inlined String", which replaces the
 * @generateCode() call. */
// out: Inlined String
// rendered: puts("Inlined String")
static CirCodeId generateCode()
{
    return CirCode_ofExpr(CirValue_ofCString("Inlined String"));
}

int main(void)
{
    puts(@generateCode());
    return 0;
}
