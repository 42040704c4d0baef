/* A var made by CirVar_new has no type until one is set (NULL from CirVar_getType, as the
 * original).
 * CirStmt_typecheck gives a destination var without a type the type of the result, as the
 * original does: t = a + l  makes t a long. */
// out: infer 1 7
#include <stdio.h>
#include <cir.h>

static CirCodeId infer(CirCodeId c)
{
    /* a = 3; l = 4; */
    CirStmtId a = CirCode_getFirstStmt(c), l = CirStmt_getNext(a);
    CirVarId t = CirVar_new(c);
    CirStmtId s = CirStmt_newAfter(l);
    CirStmt_toBinOp(s, CirValue_ofVar(t), CIR_BINOP_PLUS, CirStmt_getDst(a), CirStmt_getDst(l));
    CirStmt_typecheck(s, CirMachine_getHost());
    if (CirType_isInt(CirVar_getType(t)) != CIR_ILONG)
        cir_fatal("t is not a long");
    CirCode_setValue(c, CirValue_ofVar(t));
    CirCode_typecheck(c, NULL);
    return c;
}

int main(void)
{
    printf("infer %d %ld\n", 1, @infer(({ int a = 3; long l = 4; 0; })));
    return 0;
}
