// expect: 14: `CirStmt_toUnOp`: the destination `3` is not an lvalue
#include <stdio.h>
#include <cir.h>

/* a = 3: its operand (the constant 3) cannot be written to. */
static CirCodeId f(CirCodeId c)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    CirStmt_toUnOp(s, CirStmt_getOperand1(s), CIR_UNOP_NEG, CirStmt_getDst(s));
    return c;
}

int main(void) {
    printf("%d\n", @f(({ int a = 3; a; })));
    return 0;
}
