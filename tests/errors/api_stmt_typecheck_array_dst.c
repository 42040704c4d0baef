// expect: 18: `CirStmt_typecheck`: sid
// expect: 18: cannot assign to `vid
// expect: 18: of array type `int[2]`
#include <stdio.h>
#include <cir.h>

/* p = &arr;  ->  arr = p */
static CirCodeId f(CirCodeId c)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    CirStmt_toUnOp(s, CirStmt_getOperand1(s), CIR_UNOP_IDENTITY, CirStmt_getDst(s));
    CirStmt_typecheck(s, NULL);
    return c;
}

int main(void) {
    int arr[2] = { 1, 2 };
    printf("%d\n", @f(({ int (*p)[2] = &arr; 0; })));
    return 0;
}
