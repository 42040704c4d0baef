/* Compile-time code may rewrite a function lowered (and rendered early) before the `@` call:
 * the output shows the rewritten body. */
// out: 4
#include <stdio.h>
#include <cirm.h>

int three(void) { return 3; }

static void patch(void)
{
    CirStmtId s = CirCode_getFirstStmt(CirVar_getCode(@CirM_varid(three)));
    if (!CirStmt_isReturn(s))
        cir_fatal("expected a return statement");
    CirStmt_setOperand(s, 0, CirValue_ofI64(CIR_IINT, 4));
}

@patch();

int main(void)
{
    printf("%d\n", three());
    return 0;
}
