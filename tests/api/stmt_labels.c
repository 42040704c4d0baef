/* (Enable after the merge: needs CirName_of, CirName_cstr, CirValue_ofI64.)
 * User labels: CirStmt_toLabel, toGotoLabel, getLabelName, setLabelName and
 * CirCode_resolveLabels, in a loop built into the code of the argument:
 *   i = 0; s = 0; n = 10;
 *   top: t1 = s + i; s = t1; t2 = i + 1; i = t2;
 *   if (i >= n) goto end; goto top; end: ...  */
// out: loop 45
// out: names 1 1 1 1
#include <stdio.h>
#include <string.h>
#include <cir.h>

static void check(int ok, const char *what)
{
    if (!ok)
        cir_fatal("check failed: %s", what);
}

static CirStmtId nth(CirCodeId c, int n)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    while (n-- > 0)
        s = CirStmt_getNext(s);
    return s;
}

static CirCodeId loop(CirCodeId c)
{
    const CirValue *i = CirStmt_getDst(nth(c, 0)), *n = CirStmt_getDst(nth(c, 2));
    CirStmtId top = CirStmt_newBefore(nth(c, 3));
    CirStmt_toLabel(top, CirName_of("again"));
    CirStmtId last = nth(c, 7); /* i = t2 */
    CirStmtId test = CirStmt_newAfter(last);
    CirStmtId go = CirStmt_newAfter(test);
    CirStmtId end = CirStmt_newAfter(go);
    CirStmt_toLabel(end, CirName_of("end"));
    CirStmt_toCmp(test, CIR_CONDOP_GE, i, n, end);
    CirStmt_toGotoLabel(go, CirName_of("again"));
    check(CirStmt_isGotoLabel(go) && !CirStmt_isGoto(go) && !CirStmt_isJump(go), "goto-label");
    /* Rename both ends. */
    CirStmt_setLabelName(top, CirName_of("top"));
    CirStmt_setLabelName(go, CirName_of("top"));
    CirCode_resolveLabels(c);
    check(CirStmt_isGoto(go) && CirStmt_getJumpTarget(go) == top, "resolved");
    check(CirStmt_isLabel(top), "label kept");
    return c;
}

static int names(int what)
{
    CirStmtId s = CirStmt_newOrphan();
    CirStmt_toLabel(s, CirName_of("here"));
    switch (what) {
    case 0: return CirStmt_isLabel(s) && CirStmt_getLabelName(s) == CirName_of("here");
    case 1: return strcmp(CirName_cstr(CirStmt_getLabelName(s)), "here") == 0;
    case 2:
        CirStmt_toGotoLabel(s, CirName_of("there"));
        return CirStmt_getLabelName(s) == CirName_of("there") && CirStmt_getNumOperands(s) == 0;
    default:
        CirStmt_setLabelName(s, CirName_of("elsewhere"));
        return CirStmt_getLabelName(s) == CirName_of("elsewhere");
    }
}

int main(void)
{
    printf("loop %d\n", @loop(({ int i = 0, s = 0, n = 10; s = s + i; i = i + 1; s; })));
    printf("names %d %d %d %d\n", @names(0), @names(1), @names(2), @names(3));
    return 0;
}
