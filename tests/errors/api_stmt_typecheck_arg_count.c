// expect: 19: `CirCode_typecheck`: sid
// expect: 19: too few arguments to function call, expected 2, have 1
#include <stdio.h>
#include <cir.h>

static int add(int a, int b) { return a + b; }

/* t = add(1, 2);  ->  t = add(1) */
static CirCodeId f(CirCodeId c)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    const CirValue *args[1] = { CirStmt_getArg(s, 0) };
    CirStmt_toCall(s, CirStmt_getDst(s), CirStmt_getOperand1(s), args, 1);
    CirCode_typecheck(c, NULL);
    return c;
}

int main(void) {
    printf("%d\n", @f(add(1, 2)));
    return 0;
}
