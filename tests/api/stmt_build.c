/* (Enable after the merge: needs CirVar_*, CirName_of, CirType_*, CirValue_of*, CirCode_*.)
 * A function body built entirely through the API from statements with mixed types:
 *     s = 0; i = 0;
 *   L: if (i >= n) goto E;       short i vs int n
 *     t = s + i;                 long s + short i into int t
 *     s = t;
 *     i = i + 1;                 short = short + int
 *     goto L;
 *   E: return s;                 long s from an `int`-returning... `long` function
 * CirCode_typecheck inserts the conversions; the body then runs in the JIT (through @run)
 * and in the built program, and a return value of the wrong type gets its cast. */
// out: jit 45 run 45
// out: ret 44
// rendered: return (char)vid
#include <stdio.h>
#include <cir.h>

static long sum_api(int n);
static char low_byte(int x);

static void check(int ok, const char *what)
{
    if (!ok)
        cir_fatal("check failed: %s", what);
}

static void define_sum(CirCodeId fn)
{
    CirVarId f = CirValue_getVar(CirCode_getValue(fn));
    const CirType *tint = CirType_int(CIR_IINT), *tlong = CirType_int(CIR_ILONG), *tshort = CirType_int(CIR_ISHORT);
    CirCodeId body = CirCode_ofExpr(NULL);
    CirVarId n = CirVar_new(body), i = CirVar_new(body), s = CirVar_new(body), t = CirVar_new(body);
    CirVar_setName(n, CirName_of("n"));
    CirVar_setType(n, tint);
    CirVar_setFormal(f, 0, n);
    CirVar_setName(i, CirName_of("i"));
    CirVar_setType(i, tshort);
    CirVar_setName(s, CirName_of("s"));
    CirVar_setType(s, tlong);
    CirVar_setType(t, tint);
    const CirValue *vn = CirValue_ofVar(n), *vi = CirValue_ofVar(i), *vs = CirValue_ofVar(s), *vt = CirValue_ofVar(t);
    const CirValue *zero = CirValue_ofI64(CIR_IINT, 0), *one = CirValue_ofI64(CIR_IINT, 1);

    CirStmt_toUnOp(CirCode_appendNewStmt(body), vs, CIR_UNOP_IDENTITY, zero);
    CirStmt_toUnOp(CirCode_appendNewStmt(body), vi, CIR_UNOP_IDENTITY, zero);
    CirStmtId test = CirCode_appendNewStmt(body);
    CirStmt_toBinOp(CirCode_appendNewStmt(body), vt, CIR_BINOP_PLUS, vs, vi);
    CirStmt_toUnOp(CirCode_appendNewStmt(body), vs, CIR_UNOP_IDENTITY, vt);
    CirStmt_toBinOp(CirCode_appendNewStmt(body), vi, CIR_BINOP_PLUS, vi, one);
    CirStmtId back = CirCode_appendNewStmt(body);
    CirStmtId ret = CirCode_appendNewStmt(body);
    CirStmt_toReturn(ret, vs);
    CirStmt_toCmp(test, CIR_CONDOP_GE, vi, vn, ret);
    CirStmt_toGoto(back, test);

    CirVar_setCode(f, body);
    CirCode_typecheck(body, CirMachine_getHost());
    /* The comparison compares ints, the sum is a long assigned to int t through a temporary. */
    check(CirStmt_getOperand1(test) != vi && CirStmt_getOperand2(test) == vn, "cmp converted");
    check(CirStmt_getJumpTarget(back) == test, "loop kept");
    check(CirStmt_getOperand1(ret) == vs, "return s unchanged (long)");
}

/* return x;  in a body of a function returning char: the value gets a cast. */
static void define_low(CirCodeId fn)
{
    CirVarId f = CirValue_getVar(CirCode_getValue(fn));
    CirCodeId body = CirCode_ofExpr(NULL);
    CirVarId x = CirVar_new(body);
    CirVar_setName(x, CirName_of("x"));
    CirVar_setType(x, CirType_int(CIR_IINT));
    CirVar_setFormal(f, 0, x);
    CirVar_setCode(f, body);
    CirStmtId r = CirCode_appendNewStmt(body);
    CirStmt_toReturn(r, CirValue_ofVar(x));
    CirStmt_typecheck(r, NULL);
    check(CirStmt_getOperand1(r) != CirValue_ofVar(x), "return value cast");
}

@define_sum(sum_api);
@define_low(low_byte);

static long run(int n)
{
    return sum_api(n);
}

int main(void)
{
    printf("jit %ld run %ld\n", (long)@run(10), sum_api(10));
    printf("ret %d\n", low_byte(300));
    return 0;
}
