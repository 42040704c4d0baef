// expect: 15: `CirCode_appendOrphanStmt`:
// expect: 15: is not an orphan
#include <cir.h>

/* A statement of code a cannot be appended to code b as it is. */
static CirCodeId move(void)
{
    CirCodeId a = CirCode_ofExpr(NULL), b = CirCode_ofExpr(NULL);
    CirCode_appendOrphanStmt(b, CirCode_appendNewStmt(a));
    return b;
}

int main(void)
{
    @move();
    return 0;
}
