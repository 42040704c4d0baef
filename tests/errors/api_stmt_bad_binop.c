// expect: 13: `CirStmt_toBinOp`: 11 is not a binary operator
#include <stdio.h>
#include <cir.h>

static CirCodeId f(CirCodeId c)
{
    CirStmtId s = CirStmt_getNext(CirCode_getFirstStmt(c));
    CirStmt_toBinOp(s, CirStmt_getDst(s), 11, CirStmt_getOperand1(s), CirStmt_getOperand1(s));
    return c;
}

int main(void) {
    printf("%d\n", @f(({ int a = 1; a + 2; })));
    return 0;
}
