// expect: 8: `CirValue_withCastType`: an integer constant always has a type
#include <cir.h>

static CirCodeId uncast(void) { return CirCode_ofExpr(CirValue_withCastType(CirValue_ofI64(CIR_IINT, 1), NULL)); }

int main(void)
{
    return @uncast();
}
