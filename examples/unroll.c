/* A loop unroller: `@unroll(i, 4, ({ sum += a[i]; }))` is the body 4 times, with i replaced by
 * the constants 0, 1, 2, 3:
 *
 *     sum += a[0]; sum += a[1]; sum += a[2]; sum += a[3];
 *
 * This example builds the result statement by statement with the IR API instead of quoting C
 * text: the body arrives as a code (a CirCodeId parameter is not evaluated), a flat list of
 * three-address statements, and each copy is made with CirCode_appendNewStmt and the
 * CirStmt_to* constructors, with every operand that reads the loop variable replaced by the
 * constant (CirStmt_getOperand / CirValue_ofI64). Jumps inside the body (an `if`, a nested loop)
 * are redirected to the same statement of their copy. */
// out: sum of squares 0..7 = 140
// out: dot = 70
// out: odd: 1 3 5 7
// out: c = 7 7 7
// rendered: = 7 * 7;
#include <stdio.h>
#include <stdlib.h>
#include <cir.h>

/* The value v, with the loop variable lv replaced by the constant k. */
static const CirValue *subst(const CirValue *v, CirVarId lv, int64_t k)
{
    if (v && CirValue_isVar(v) && CirValue_getVar(v) == lv && CirValue_getNumFields(v) == 0) {
        const CirValue *c = CirValue_ofI64(CirType_isInt(CirVar_getType(lv)), k);
        return CirValue_getCastType(v) ? CirValue_withCastType(c, CirValue_getCastType(v)) : c;
    }
    return v;
}

/* Does statement s write the loop variable, or take its address? */
static bool changesVar(CirStmtId s, CirVarId lv)
{
    if (!CirStmt_isUnOp(s) && !CirStmt_isBinOp(s) && !CirStmt_isCall(s))
        return false;
    const CirValue *dst = CirStmt_getDst(s);
    if (dst && CirValue_isVar(dst) && CirValue_getVar(dst) == lv)
        return true;
    return CirStmt_isUnOp(s) && CirStmt_getOp(s) == CIR_UNOP_ADDROF &&
           CirValue_isLval(CirStmt_getOperand1(s)) && CirValue_getVar(CirStmt_getOperand1(s)) == lv;
}

/* Appends to `out` a copy of the statements of `body`, with lv replaced by k. */
static void copyBody(CirCodeId out, CirCodeId body, CirVarId lv, int64_t k)
{
    size_t n = 0;
    for (CirStmtId s = CirCode_getFirstStmt(body); s; s = CirStmt_getNext(s))
        n++;
    CirStmtId *from = malloc(n * sizeof *from), *to = malloc(n * sizeof *to);

    size_t i = 0;
    for (CirStmtId s = CirCode_getFirstStmt(body); s; s = CirStmt_getNext(s), i++) {
        CirStmtId c = CirCode_appendNewStmt(out);   /* a nop, made into a copy of s */
        from[i] = s;
        to[i] = c;
        if (CirStmt_isUnOp(s)) {
            CirStmt_toUnOp(c, CirStmt_getDst(s), CirStmt_getOp(s), subst(CirStmt_getOperand1(s), lv, k));
        } else if (CirStmt_isBinOp(s)) {
            CirStmt_toBinOp(c, CirStmt_getDst(s), CirStmt_getOp(s), subst(CirStmt_getOperand1(s), lv, k),
                            subst(CirStmt_getOperand2(s), lv, k));
        } else if (CirStmt_isCall(s)) {
            size_t na = CirStmt_getNumArgs(s);
            const CirValue **args = malloc((na + 1) * sizeof *args);
            for (size_t a = 0; a < na; a++)
                args[a] = subst(CirStmt_getArg(s, a), lv, k);
            CirStmt_toCall(c, CirStmt_getDst(s), CirStmt_getOperand1(s), args, na);
            free(args);
        } else if (CirStmt_isCmp(s)) {
            CirStmt_toCmp(c, CirStmt_getOp(s), subst(CirStmt_getOperand1(s), lv, k),
                          subst(CirStmt_getOperand2(s), lv, k), 0);   /* target: below */
        } else if (CirStmt_isGoto(s)) {
            CirStmt_toGoto(c, 0);                                      /* target: below */
        } else if (!CirStmt_isNop(s)) {
            cir_fatal("unroll: the body has a statement unroll cannot copy (return, label, ...)");
        }
        if (changesVar(s, lv))
            cir_fatal("unroll: the body must not change the loop variable");
    }

    /* Jumps: to the copy of their target. */
    for (i = 0; i < n; i++) {
        if (!CirStmt_isJump(from[i]))
            continue;
        CirStmtId target = CirStmt_getJumpTarget(from[i]);
        size_t j = 0;
        while (j < n && from[j] != target)
            j++;
        if (j == n)
            cir_fatal("unroll: the body jumps out of itself");
        CirStmt_setJumpTarget(to[i], to[j]);
    }
    free(from);
    free(to);
}

/* @unroll(var, n, body): body n times, with the variable var replaced by 0, 1, ..., n - 1. */
static CirCodeId unroll(CirCodeId var, int n, CirCodeId body)
{
    const CirValue *v = CirCode_getValue(var);
    if (!v || !CirValue_isVar(v) || CirValue_getNumFields(v) || !CirType_isInt(CirVar_getType(CirValue_getVar(v))))
        cir_fatal("unroll: the first argument must be an integer variable");
    CirVarId lv = CirValue_getVar(v);

    CirCodeId out = CirCode_ofExpr(NULL);
    for (int k = 0; k < n - 1; k++)
        copyBody(out, body, lv, k);
    /* The last copy is the body itself, changed in place: it also brings along the variables the
     * body owns (its temporaries), which the copies above use too. */
    for (CirStmtId s = CirCode_getFirstStmt(body); s; s = CirStmt_getNext(s))
        for (size_t i = 0; i < CirStmt_getNumOperands(s); i++)
            if (CirStmt_getOperand(s, i))
                CirStmt_setOperand(s, i, subst(CirStmt_getOperand(s, i), lv, n - 1));
    CirCode_setValue(body, NULL);
    CirCode_append(out, body);
    return out;
}

int main(void)
{
    int i, sum = 0;
    @unroll(i, 8, ({ sum += i * i; }));
    printf("sum of squares 0..7 = %d\n", sum);

    int a[4] = {1, 2, 3, 4}, b[4] = {5, 6, 7, 8}, dot = 0;
    @unroll(i, 4, ({ dot += a[i] * b[i]; }));
    printf("dot = %d\n", dot);

    printf("odd:");
    @unroll(i, 8, ({ if (i % 2) printf(" %d", i); }));
    printf("\n");

    int c[3];
    @unroll(i, 3, ({ c[i] = 7; }));
    printf("c = %d %d %d\n", c[0], c[1], c[2]);
    return 0;
}
