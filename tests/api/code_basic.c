/* CirCode basics: expression and condition codes, values, types, statements, append, free,
 * dump. */
// out: 1 1 1 1 1
// out: 1 1 1
// out: 27 2
// out: 30
// out: 1
// out: 5
// err: <CirCode 0>
// err: value: 7 */
#include <stdio.h>
#include <cir.h>

static int expr_code(CirCodeId tvoid)
{
    CirCodeId c = CirCode_ofExpr(NULL);
    return CirCode_isExpr(c) && !CirCode_isCond(c) && CirCode_getValue(c) == NULL &&
           CirCode_getType(c) == CirValue_getTypeValue(CirCode_getValue(tvoid)) && CirCode_getNumVars(c) == 0;
}

static int cond_code(CirCodeId tint)
{
    CirCodeId c = CirCode_ofCond();
    return CirCode_isCond(c) && !CirCode_isExpr(c) && CirCode_getType(c) == CirValue_getTypeValue(CirCode_getValue(tint)) &&
           CirCode_getFirstStmt(c) == 0 && CirCode_getLastStmt(c) == 0;
}

static int set_value(CirCodeId tul)
{
    CirCodeId c = CirCode_ofExpr(CirValue_ofI64(CIR_IINT, 1));
    const CirValue *v = CirValue_ofU64(CIR_IULONG, 9);
    CirCode_setValue(c, v);
    int ok = CirCode_getValue(c) == v && CirCode_getType(c) == CirValue_getTypeValue(CirCode_getValue(tul));
    CirCode_setValue(c, NULL);
    return ok && CirCode_getValue(c) == NULL;
}

/* New nop statements at either end. */
static int new_stmts(void)
{
    CirCodeId c = CirCode_ofExpr(NULL);
    CirStmtId a = CirCode_appendNewStmt(c);
    CirStmtId b = CirCode_prependNewStmt(c);
    CirStmtId d = CirCode_appendNewStmt(c);
    return CirCode_getFirstStmt(c) == b && CirStmt_getNext(b) == a && CirStmt_getNext(a) == d &&
           CirCode_getLastStmt(c) == d && CirStmt_getNext(d) == 0;
}

static int last_stmt(CirCodeId c)
{
    CirStmtId s = CirCode_getFirstStmt(c), last = 0;
    for (; s; s = CirStmt_getNext(s))
        last = s;
    return last != 0 && last == CirCode_getLastStmt(c);
}

static int last_is_call(CirCodeId c) { return CirStmt_isCall(CirCode_getLastStmt(c)); }

/* An expression code is returned as is by toExpr; dropValue removes its value. */
static int to_expr_of_expr(CirCodeId c)
{
    const CirValue *v = CirCode_getValue(c);
    if (CirCode_toExpr(c, false) != c || CirCode_getValue(c) != v)
        return 0;
    return CirCode_toExpr(c, true) == c && CirCode_getValue(c) == NULL && CirCode_isExpr(c);
}

/* append moves b's statements onto a, a takes b's value, b is freed. */
static CirCodeId append(CirCodeId b)
{
    CirCodeId a = CirCode_ofExpr(CirValue_ofI64(CIR_IINT, 1));
    CirStmtId first = CirCode_getFirstStmt(b);
    const CirValue *v = CirCode_getValue(b);
    CirCode_append(a, b);
    CirCode_append(a, 0);
    if (CirCode_getValue(a) != v || CirCode_getFirstStmt(a) != first)
        cir_fatal("append lost the value or the statements");
    return a;
}

/* An expression code appended with a condition code becomes that condition. */
static CirCodeId append_cond(CirCodeId b)
{
    CirCodeId a = CirCode_ofExpr(CirValue_ofI64(CIR_IINT, 1));
    CirCode_append(a, b);
    if (!CirCode_isCond(a))
        cir_fatal("not a condition");
    return a;
}

static int freed(void)
{
    CirCode_free(0);
    CirCodeId c = CirCode_ofExpr(NULL);
    CirCode_free(c);
    return CirCode_ofExpr(NULL) != c;
}

static CirCodeId dumped(void)
{
    CirCode_dump(0);
    CirCodeId c = CirCode_ofExpr(CirValue_ofI64(CIR_IINT, 7));
    CirCode_dump(c);
    return CirCode_ofExpr(CirValue_ofI64(CIR_IINT, 5));
}

int main(void)
{
    int x = 9;
    printf("%d %d %d %d %d\n", @expr_code(__typeval(void)), @cond_code(__typeval(int)), @set_value(__typeval(unsigned long)),
           @new_stmts(), @last_stmt(printf("")));
    printf("%d %d %d\n", @to_expr_of_expr(x + 1), @freed(), @to_expr_of_expr("s"));
    printf("%d %d\n", @append(({ int t = 3; t * x; })), @last_stmt(({ x++; puts(""); })) + @last_is_call(printf("")));
    printf("%d\n", @append(x * 2 + 12));
    printf("%d\n", @append_cond(x == 9) + @append_cond(x < 2) * 10);
    printf("%d\n", @dumped());
    return 0;
}
