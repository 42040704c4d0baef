/* CirStmt_typecheck / CirCode_typecheck: statements built through the API get the casts of
 * C's conversions (usual arithmetic conversions, integer promotion, assignment, arguments,
 * return values), as the lowering would have written them. */
// out: mixed 705032769
// out: assign 7
// out: neg -5
// out: lnot 1
// out: addrof 42
// out: A 1.5
// out: call 42 0
// out: ret 44
// out: ptr 30
// out: shift 8
// out: cmp -1
// out: recast 3.5
// out: code 12
// rendered: + (long)vid
// rendered: = -(int)vid
// rendered: (unsigned int)vid
// rendered: (int)vid
#include <stdio.h>
#include <cir.h>

static long twice_l(long x) { return 2 * x; }

static void check(int ok, const char *what)
{
    if (!ok)
        cir_fatal("check failed: %s", what);
}

static CirStmtId nth(CirCodeId c, int n)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    while (n-- > 0)
        s = CirStmt_getNext(s);
    return s;
}

static const CirValue *dst(CirCodeId c, int n)
{
    return CirStmt_getDst(nth(c, n));
}

/* i = l + c  ->  t = l + (long)c; i = (int)t */
static CirCodeId mixed(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 2));
    CirStmt_toBinOp(s, dst(c, 0), CIR_BINOP_PLUS, dst(c, 1), dst(c, 2));
    CirStmt_typecheck(s, NULL);
    check(CirStmt_isBinOp(s) && CirStmt_getDst(s) != dst(c, 0), "result through a temporary");
    CirStmtId after = CirStmt_getNext(s);
    check(CirStmt_isUnOp(after) && CirStmt_getOp(after) == CIR_UNOP_IDENTITY && CirStmt_getDst(after) == dst(c, 0),
          "assignment after");
    return c;
}

/* d = i  ->  d = (double)i */
static CirCodeId assign(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 1));
    CirStmt_toUnOp(s, dst(c, 0), CIR_UNOP_IDENTITY, dst(c, 1));
    CirStmt_typecheck(s, NULL);
    check(CirStmt_getOperand(s, 1) != dst(c, 1), "cast added");
    return c;
}

/* r = -c  ->  r = -(int)c */
static CirCodeId neg(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 1));
    CirStmt_toUnOp(s, dst(c, 1), CIR_UNOP_NEG, dst(c, 0));
    CirStmt_typecheck(s, NULL);
    return c;
}

/* r = !z */
static CirCodeId lnot(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 1));
    CirStmt_toUnOp(s, dst(c, 0), CIR_UNOP_LNOT, dst(c, 1));
    CirStmt_typecheck(s, NULL);
    return c;
}

/* x = 41; q = 0; p = 0;  + q = &x; p = q;  then x = *p + 1 */
static CirCodeId addrof(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 2));
    CirStmt_toUnOp(s, dst(c, 1), CIR_UNOP_ADDROF, dst(c, 0));
    CirStmtId t = CirStmt_newAfter(s);
    CirStmt_toUnOp(t, dst(c, 2), CIR_UNOP_IDENTITY, dst(c, 1));
    CirCode_typecheck(c, NULL);
    return c;
}

/* printf(fmt, c, f): the string decays, c and f get the default argument promotions */
static CirCodeId call_va(CirCodeId c)
{
    CirStmtId call = nth(c, 2);
    const CirValue *args[3] = { CirValue_ofCString("%c %.1f\n"), dst(c, 0), dst(c, 1) };
    CirStmt_toCall(call, CirStmt_getDst(call), CirStmt_getOperand1(call), args, 3);
    CirStmt_typecheck(call, NULL);
    check(CirStmt_getArg(call, 1) != dst(c, 0) && CirStmt_getArg(call, 2) != dst(c, 1), "promoted");
    return c;
}

/* r = twice_l(a) with short r and int a */
static CirCodeId call_proto(CirCodeId c)
{
    CirStmtId call = nth(c, 2);
    const CirValue *args[1] = { dst(c, 0) };
    CirStmt_toCall(call, dst(c, 1), CirStmt_getOperand1(call), args, 1);
    CirStmt_typecheck(call, NULL);
    return c;
}

/* x = 300; return x;  in a code that is not (yet) a function body: the return value is only
 * checked, not converted (the function it will return from is not known). */
static CirCodeId ret(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 0));
    CirStmt_toReturn(s, dst(c, 0));
    CirStmt_typecheck(s, NULL);
    check(CirStmt_getOperand1(s) == dst(c, 0), "unchanged");
    return c;
}

static char h(void)
{
    return @ret(({ int x = 300; x; }));
}

/* p = p + 0  ->  p = p + k  with char k */
static CirCodeId ptr(CirCodeId c)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    while (!CirStmt_isBinOp(s))
        s = CirStmt_getNext(s);
    CirStmtId k = CirStmt_getPrev(s);
    CirStmt_setOperand(s, 2, CirStmt_getDst(k));
    CirStmt_typecheck(s, NULL);
    return c;
}

/* r = c << n */
static CirCodeId shift(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 2));
    CirStmt_toBinOp(s, dst(c, 2), CIR_BINOP_SHIFTLT, dst(c, 0), dst(c, 1));
    CirStmt_typecheck(s, NULL);
    return c;
}

/* r = 1; u = 1; m = -1;  if (m < u) goto X; r = m; X:  -- m < u compares as unsigned */
static CirCodeId cmp(CirCodeId c)
{
    CirStmtId x = CirStmt_newAfter(nth(c, 2));
    CirStmtId set = CirStmt_newBefore(x);
    CirStmt_toUnOp(set, dst(c, 0), CIR_UNOP_IDENTITY, dst(c, 2));
    CirStmtId test = CirStmt_newBefore(set);
    CirStmt_toCmp(test, CIR_CONDOP_LT, dst(c, 2), dst(c, 1), x);
    CirCode_typecheck(c, NULL);
    check(CirStmt_getJumpTarget(test) == x, "target kept");
    return c;
}

/* b = 3; l = 2; d = 0.5; f = 0; [goto N;] t = (long)b * l; l = t; N: f = (long)b + d
 * The operand (long)b needs another conversion: a copy to a temporary runs first, and the
 * goto to N now goes to that copy. */
static CirCodeId recast(CirCodeId c)
{
    CirStmtId prod = nth(c, 4);
    const CirValue *lb = CirStmt_getOperand1(prod);
    CirStmtId n = CirStmt_newAfter(nth(c, 5));
    CirStmt_toBinOp(n, dst(c, 3), CIR_BINOP_PLUS, lb, dst(c, 2));
    CirStmtId go = CirStmt_newAfter(nth(c, 3));
    CirStmt_toGoto(go, n);
    CirStmt_typecheck(n, NULL);
    CirStmtId copy = CirStmt_getPrev(n);
    check(CirStmt_getJumpTarget(go) == copy && CirStmt_isUnOp(copy), "goto retargeted");
    return c;
}

/* A whole code: a = 3; b = 4; + t = a * b (short, char -> int), and a nop. */
static CirCodeId code(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(nth(c, 2));
    CirStmt_toBinOp(s, dst(c, 2), CIR_BINOP_MUL, dst(c, 0), dst(c, 1));
    CirStmt_newAfter(s);
    CirCode_typecheck(c, NULL);
    CirCode_typecheck(c, NULL); /* a second time changes nothing */
    return c;
}

int main(void)
{
    printf("mixed %d\n", @mixed(({ int i = 0; long l = 5000000000L; char c = 65; i; })));
    printf("assign %g\n", @assign(({ double d = 0; int i = 7; d; })));
    printf("neg %d\n", @neg(({ char c = 5; int r = 0; r; })));
    printf("lnot %d\n", @lnot(({ int r = 5; double z = 0; r; })));
    printf("addrof %d\n", @addrof(({ int x = 41; void *q = 0; int *p = 0; x = *p + 1; x; })));
    @call_va(({ char c = 'A'; float f = 1.5f; printf(""); }));
    printf("call %d %d\n", @call_proto(({ int a = 21; short r = 0; twice_l(0); r; })), 0);
    printf("ret %d\n", h());
    printf("ptr %d\n", @ptr(({ int arr[3] = {10, 20, 30}; int *p = arr; char k = 2; p = p + 0; *p; })));
    printf("shift %d\n", @shift(({ char c = 1; long n = 3; int r = 0; r; })));
    printf("cmp %d\n", @cmp(({ int r = 1; unsigned u = 1; int m = -1; r; })));
    printf("recast %g\n", @recast(({ int b = 3; long l = 2; double d = 0.5; double f = 0; l = b * l; f; })));
    printf("code %d\n", @code(({ short a = 3; char b = 4; int t = 0; t; })));
    return 0;
}
