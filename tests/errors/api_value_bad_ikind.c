// expect: 8: `CirValue_ofI64`: 99 is not an integer kind
#include <cir.h>

static CirCodeId make(void) { return CirCode_ofExpr(CirValue_ofI64(99, 1)); }

int main(void)
{
    return @make();
}
