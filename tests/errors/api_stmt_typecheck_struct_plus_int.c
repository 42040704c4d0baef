// expect: 17: `CirStmt_typecheck`: sid
// expect: 17: invalid operands to binary `+` (have `struct S` and `int`)
#include <stdio.h>
#include <cir.h>

/* s = t; i = 1;  ->  i = s + i */
static CirCodeId f(CirCodeId c)
{
    CirStmtId st = CirCode_getFirstStmt(c), it = CirStmt_getNext(st);
    CirStmt_toBinOp(it, CirStmt_getDst(it), CIR_BINOP_PLUS, CirStmt_getDst(st), CirStmt_getDst(it));
    CirStmt_typecheck(it, NULL);
    return c;
}

int main(void) {
    struct S { int x; } s, t = { 1 };
    printf("%d\n", @f(({ int i; s = t; i = 1; i; })));
    return 0;
}
