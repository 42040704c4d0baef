// expect: 8: `CirCode_toExpr`: condition code
#include <cir.h>

static CirCodeId empty(void) { return CirCode_toExpr(CirCode_ofCond(), false); }

int main(void)
{
    return @empty();
}
