/* CirCode_appendOrphanStmt (needs CirStmt_newOrphan/CirStmt_isOrphan/CirStmt_toReturn of the
 * statement group). */
// out: 1
// out: 7
#include <stdio.h>
#include <cir.h>

static int attach(void)
{
    CirCodeId c = CirCode_ofExpr(NULL);
    CirStmtId a = CirCode_appendNewStmt(c);
    CirStmtId o = CirStmt_newOrphan();
    if (!CirStmt_isOrphan(o))
        return 0;
    CirCode_appendOrphanStmt(c, o);
    return !CirStmt_isOrphan(o) && CirStmt_getNext(a) == o && CirCode_getLastStmt(c) == o;
}

static CirCodeId ret7(void)
{
    CirCodeId c = CirCode_ofExpr(NULL);
    CirStmtId o = CirStmt_newOrphan();
    CirStmt_toReturn(o, CirValue_ofI64(CIR_IINT, 7));
    CirCode_appendOrphanStmt(c, o);
    return c;
}

static int seven(void)
{
    @ret7();
}

int main(void)
{
    printf("%d\n", @attach());
    printf("%d\n", seven());
    return 0;
}
