// expect: 11: the body of `f` is not well-formed IR after compile-time code changed it
// expect: 13: in `@g`: the body of `f` is not well-formed IR
#include <cir.h>
static CirCodeId bad(void)
{
    CirCodeId c = CirCode_ofExpr(CirValue_ofI64(CIR_IINT, 1));
    CirStmtId orphan = CirStmt_newOrphan();
    CirStmt_toGoto(CirCode_appendNewStmt(c), orphan);
    return c;
}
static int f(void) { return @bad(); }
static int g(void) { return f(); }
int main(void) { return @g(); }
