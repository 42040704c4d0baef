/* CirCode condition codes: toExpr (a temporary set to 1 or 0, a constant when only one outcome is
 * possible, only the effects with dropValue), pending true/false jumps, vars of a code. */
// out: 1 0 1
// out: 0 1
// out: 1 0
// out: 1 1
// out: side
// out: 10
// err: true jumps: sid
#include <stdio.h>
#include <cir.h>

/* The lowering's condition code as a value: a new int temporary owned by the code. */
static CirCodeId truth(CirCodeId c, CirCodeId tint)
{
    if (!CirCode_isCond(c) || CirCode_getNumVars(c) != 0)
        cir_fatal("expected a fresh condition code");
    if (CirCode_toExpr(c, false) != c || !CirCode_isExpr(c))
        cir_fatal("toExpr did not convert in place");
    if (CirCode_getNumVars(c) != 1 || CirCode_getValue(c) != CirValue_ofVar(CirCode_getVar(c, 0)))
        cir_fatal("the value is not the code's temporary");
    if (CirCode_getType(c) != CirValue_getTypeValue(CirCode_getValue(tint)))
        cir_fatal("the type is not int");
    return c;
}

/* The jumps of `a < b` swapped into a new condition code: `!(a < b)`. The original code's own
 * jumps are resolved by toExpr(c, true), then its statements are appended (a condition code
 * keeps its own jumps when an expression code is appended). */
static CirCodeId negate(CirCodeId c)
{
    CirStmtId cmp = CirCode_getFirstStmt(c), go = CirStmt_getNext(cmp);
    CirCodeId n = CirCode_ofCond();
    CirCode_addTrueJump(n, go);
    CirCode_addFalseJump(n, cmp);
    CirCode_toExpr(c, true);
    CirCode_append(n, c);
    return n;
}

/* Only true (or only false) jumps: the value is a constant. */
static CirCodeId always(CirCodeId c, int value)
{
    CirStmtId cmp = CirCode_getFirstStmt(c), go = CirStmt_getNext(cmp);
    CirCodeId n = CirCode_ofCond();
    if (value) {
        CirCode_addTrueJump(n, cmp);
        CirCode_addTrueJump(n, go);
    } else {
        CirCode_addFalseJump(n, go);
        CirCode_addFalseJump(n, cmp);
    }
    CirCode_toExpr(c, true);
    CirCode_append(n, c);
    CirCode_toExpr(n, false);
    if (CirCode_getNumVars(n) != 0 || CirValue_getI64(CirCode_getValue(n)) != value)
        cir_fatal("expected the constant %d", value);
    return n;
}

/* dropValue: only the effects remain. */
static CirCodeId effects(CirCodeId c)
{
    CirCode_toExpr(c, true);
    if (CirCode_getValue(c) != NULL || !CirCode_isExpr(c))
        cir_fatal("a value is left");
    return c;
}

/* Appending two condition codes concatenates their jumps. */
static int both(CirCodeId a, CirCodeId b)
{
    CirCode_append(a, b);
    CirCode_dump(a);
    return CirCode_isCond(a);
}

int main(void)
{
    int x = 3;
    long l = 5;
    printf("%d %d %d\n", @truth(x < l, __typeval(int)), @truth(x > l, __typeval(int)), @truth(x == 3 && l == 5, __typeval(int)));
    printf("%d %d\n", @negate(x < l), @negate(x > l));
    printf("%d %d\n", @always(x < l, 1), @always(x < l, 0));
    printf("%d %d\n", @truth(@negate(x > l), __typeval(int)), @both(x < l, x > l));
    @effects(puts("side") > 0);
    if (@negate(x > 4))
        printf("%d\n", 10);
    return 0;
}
