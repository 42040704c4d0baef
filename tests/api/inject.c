/* Declaration injection: a top-level `@gen();` creates a typedef, a struct, an enum, a global
 * and a function through cir.h, and the code after it uses their names. `Size * p` only parses
 * as a declaration because cir parses the text after the call again knowing `Size` is a type. */
// out: 24 5 GREEN=6 counter=41 twice=84 8
// rendered: twice
#include <stdio.h>
#include <cir.h>

static void gen(void)
{
    CirTypedef_new(CirName_of("Size"), CirType_int(CIR_IULONG));

    CirCompId c = CirComp_new();
    CirComp_setName(c, CirName_of("Point"));
    CirComp_setNumFields(c, 3);
    const char *names[] = {"x", "y", "z"};
    for (int i = 0; i < 3; i++) {
        CirComp_setFieldName(c, i, CirName_of(names[i]));
        CirComp_setFieldType(c, i, CirType_int(CIR_ILONG));
    }
    CirComp_setDefined(c, true);

    CirEnumId e = CirEnum_new();
    CirEnum_setName(e, CirName_of("Color"));
    CirEnum_setNumItems(e, 2);
    CirEnumItemId red = CirEnumItem_new(CirName_of("RED")), green = CirEnumItem_new(CirName_of("GREEN"));
    CirEnumItem_setI64(red, 5);
    CirEnumItem_setI64(green, 6);
    CirEnum_setItem(e, 0, red);
    CirEnum_setItem(e, 1, green);
    CirEnum_setDefined(e, true);

    CirVarId g = CirVar_new(0);
    CirVar_setName(g, CirName_of("counter"));
    CirVar_setType(g, CirType_int(CIR_IINT));

    /* int twice(int v) { return v * 2; } built statement by statement. */
    CirVarId f = CirVar_new(0);
    CirVar_setName(f, CirName_of("twice"));
    CirFunParam params[1] = {{CirName_of("v"), CirType_int(CIR_IINT)}};
    CirVar_setType(f, CirType_fun(CirType_int(CIR_IINT), params, 1, false));
    CirCodeId body = CirCode_ofExpr(NULL);
    CirVarId v = CirVar_new(body);
    CirVar_setName(v, CirName_of("v"));
    CirVar_setType(v, CirType_int(CIR_IINT));
    CirVar_setFormal(f, 0, v);
    CirVarId t = CirVar_new(body);
    CirVar_setType(t, CirType_int(CIR_IINT));
    CirStmt_toBinOp(CirCode_appendNewStmt(body), CirValue_ofVar(t), CIR_BINOP_MUL, CirValue_ofVar(v), CirValue_ofI64(CIR_IINT, 2));
    CirStmt_toReturn(CirCode_appendNewStmt(body), CirValue_ofVar(t));
    CirVar_setCode(f, body);
}

@gen();

/* The injected function also runs at compile time. */
static int eight(void) { return twice(4); }

int main(void)
{
    Size s = sizeof(struct Point);
    Size * p = &s;
    enum Color col = RED;
    counter = 41;
    printf("%lu %d GREEN=%d counter=%d twice=%d %d\n", *p, (int)col, GREEN, counter, twice(42), @eight());
    return 0;
}
