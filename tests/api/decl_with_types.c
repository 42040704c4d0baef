/* CirVar/CirComp/CirTypedef with the other groups' functions: entities made from nothing,
 * rendered and used by later source code. (Needs CirName_of, CirType_*, CirValue_ofVar,
 * CirCode_appendNewStmt, CirStmt_toReturn, and the lead's name injection.) */
// out: 3 7 8
// rendered: struct cid
// rendered: _made {
// rendered: _alias;
// rendered: int ident(int vid
#include <stdio.h>
#include <cir.h>

static void make(void)
{
    CirCompId c = CirComp_new();
    CirComp_setName(c, CirName_of("made"));
    CirComp_setNumFields(c, 1);
    CirComp_setFieldName(c, 0, CirName_of("alpha"));
    CirComp_setDefined(c, true);
    CirVarId mv = CirVar_new(0);
    CirVar_setName(mv, CirName_of("made_var"));
    CirVar_setType(mv, CirType_comp(c));

    CirTypedefId t = CirTypedef_new(CirName_of("alias"), CirType_int(CIR_ILONG));
    CirVarId av = CirVar_new(0);
    CirVar_setName(av, CirName_of("alias_var"));
    CirVar_setType(av, CirType_typedef(t));

    CirFunParam params[1] = {{CirName_of("x"), CirType_int(CIR_IINT)}};
    CirVarId f = CirVar_new(0);
    CirVar_setName(f, CirName_of("ident"));
    CirVar_setType(f, CirType_fun(CirType_int(CIR_IINT), params, 1, false));
    CirCodeId body = CirCode_ofExpr(NULL);
    CirVar_setCode(f, body);
    CirVarId x = CirVar_new(body);
    CirVar_setName(x, CirName_of("x"));
    CirVar_setType(x, CirType_int(CIR_IINT));
    CirVar_setFormal(f, 0, x);
    CirStmt_toReturn(CirCode_appendNewStmt(body), CirValue_ofVar(x));
}

@make();

int main(void)
{
    made_var.alpha = 7;
    alias_var = sizeof alias_var;
    printf("%d %d %ld\n", ident(3), made_var.alpha, alias_var);
    return 0;
}
