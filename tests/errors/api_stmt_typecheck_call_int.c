// expect: 16: `CirStmt_typecheck`: sid
// expect: 16: is not a function or function pointer
#include <stdio.h>
#include <cir.h>

/* r = 5;  ->  r = r() */
static CirCodeId f(CirCodeId c)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    CirStmt_toCall(s, CirStmt_getDst(s), CirStmt_getDst(s), NULL, 0);
    CirStmt_typecheck(s, NULL);
    return c;
}

int main(void) {
    printf("%d\n", @f(({ int r = 5; r; })));
    return 0;
}
