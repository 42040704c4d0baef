// expect: 14: `CirCode_addTrueJump`: 
// expect: 14: is not a jump
#include <cir.h>

static CirCodeId cond(void)
{
    CirCodeId c = CirCode_ofCond();
    CirCode_addTrueJump(c, CirCode_appendNewStmt(c));
    return c;
}

int main(void)
{
    return @cond();
}
