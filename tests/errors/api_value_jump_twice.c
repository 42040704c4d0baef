// expect: 16: `CirCode_addFalseJump`:
// expect: 16: is already a pending jump of
#include <cir.h>

/* The comparison of `x < y` is already a true jump of its code. */
static CirCodeId twice(CirCodeId c)
{
    CirCode_addFalseJump(c, CirCode_getFirstStmt(c));
    return c;
}

int main(void)
{
    int x = 2;
    long y = 3;
    return @twice(x < y);
}
