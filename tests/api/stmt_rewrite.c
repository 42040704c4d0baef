/* CirStmt: rewriting statements in place (to*), inserting, removing, operands and jumps.
 * Compile-time functions rewrite the code of their argument and return it (spliced at the
 * call): e.g. ({ int a = 6, b = 7; a + b; }) is  a = 6; b = 7; t1 = a + b; t2 = t1;  */
// out: mul 42
// out: swap -42
// out: neg -5
// out: before 14
// out: orphanize 6
// out: nop 6
// out: return 5
// out: call 15 1
// out: loop 45
// rendered: -vid
// rendered: /* nop */;
#include <stdio.h>
#include <cir.h>

static int twice(int x) { return 2 * x; }
static int thrice(int x) { return 3 * x; }

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

/* a + b -> a * b */
static CirCodeId mul(CirCodeId c)
{
    CirStmtId s = nth(c, 2);
    check(CirStmt_getOp(s) == CIR_BINOP_PLUS, "plus");
    CirStmt_toBinOp(s, CirStmt_getDst(s), CIR_BINOP_MUL, CirStmt_getOperand1(s), CirStmt_getOperand2(s));
    check(CirStmt_isBinOp(s) && CirStmt_getOp(s) == CIR_BINOP_MUL, "mul");
    return c;
}

/* a - b -> b - a, through the operand numbers (0 is dst) */
static CirCodeId swap(CirCodeId c)
{
    CirStmtId s = nth(c, 2);
    const CirValue *a = CirStmt_getOperand(s, 1), *b = CirStmt_getOperand(s, 2);
    CirStmt_setOperand(s, 1, b);
    CirStmt_setOperand(s, 2, a);
    check(CirStmt_getOperand1(s) == b && CirStmt_getOperand2(s) == a, "swapped");
    return c;
}

/* a = 5; then a = -a */
static CirCodeId neg(CirCodeId c)
{
    CirStmtId first = CirCode_getFirstStmt(c);
    CirStmtId s = CirStmt_newAfter(first);
    check(CirStmt_isNop(s) && CirStmt_getPrev(s) == first && CirStmt_getNext(first) == s, "newAfter links");
    const CirValue *a = CirStmt_getDst(first);
    CirStmt_toUnOp(s, a, CIR_UNOP_NEG, a);
    check(CirStmt_getOp(s) == CIR_UNOP_NEG && CirStmt_getDst(s) == a, "neg");
    return c;
}

/* a = 5; b = 2; a = a * b  gets  a = a + b  before the product */
static CirCodeId before(CirCodeId c)
{
    CirStmtId prod = nth(c, 2);
    CirStmtId s = CirStmt_newBefore(prod);
    check(CirStmt_getNext(s) == prod && CirStmt_getPrev(prod) == s, "newBefore links");
    const CirValue *a = CirStmt_getDst(CirCode_getFirstStmt(c));
    const CirValue *b = CirStmt_getDst(nth(c, 1));
    CirStmt_toBinOp(s, a, CIR_BINOP_PLUS, a, b);
    return c;
}

/* a = 6; a = 100;  without the second */
static CirCodeId drop(CirCodeId c)
{
    CirStmtId s = nth(c, 1);
    CirStmtId next = CirStmt_getNext(s);
    CirStmt_orphanize(s);
    check(CirStmt_isOrphan(s) && !CirStmt_getNext(s) && !CirStmt_getPrev(s), "orphan");
    check(CirStmt_getNext(CirCode_getFirstStmt(c)) == next, "unlinked");
    CirStmt_orphanize(s); /* already an orphan: nothing happens */
    return c;
}

static CirCodeId nop(CirCodeId c)
{
    CirStmtId s = nth(c, 1);
    CirStmt_toNop(s);
    check(CirStmt_isNop(s) && CirStmt_getNumOperands(s) == 0 && !CirStmt_isOrphan(s), "nop");
    return c;
}

/* r = 5;  return r;  r = r * 3; ... */
static CirCodeId early(CirCodeId c)
{
    CirStmtId first = CirCode_getFirstStmt(c);
    CirStmtId s = CirStmt_newAfter(first);
    CirStmt_toReturn(s, CirStmt_getDst(first));
    check(CirStmt_isReturn(s) && CirStmt_getNumOperands(s) == 1, "return");
    check(CirStmt_getOperand1(s) == CirStmt_getDst(first) && CirStmt_getOperand(s, 0) == CirStmt_getDst(first), "value");
    CirStmtId t = CirStmt_newOrphan();
    CirStmt_toReturn(t, NULL);
    check(CirStmt_getOperand(t, 0) == NULL && CirStmt_getOperand1(t) == NULL, "no value");
    return c;
}

static int g(void)
{
    return @early(({ int r = 5; r = r * 3; r; })) + 100;
}

/* t1 = twice(4); t2 = thrice(1); ...  ->  t1 = thrice(4) */
static CirCodeId call(CirCodeId c)
{
    CirStmtId s1 = nth(c, 0), s2 = nth(c, 1);
    const CirValue *args[1] = { CirStmt_getArg(s1, 0) };
    CirStmt_toCall(s1, CirStmt_getDst(s1), CirStmt_getOperand1(s2), args, 1);
    check(CirStmt_getNumArgs(s1) == 1 && CirStmt_getOperand(s1, 1) == CirStmt_getOperand1(s2), "call");
    CirStmtId o = CirStmt_newOrphan();
    CirStmt_toCall(o, NULL, CirStmt_getOperand1(s2), NULL, 0);
    check(CirStmt_getDst(o) == NULL && CirStmt_getNumArgs(o) == 0 && CirStmt_getNumOperands(o) == 2, "no dst");
    CirStmt_setOperand(o, 0, CirStmt_getDst(s1));
    check(CirStmt_getDst(o) == CirStmt_getDst(s1), "set dst");
    CirStmt_setOperand(o, 0, NULL);
    check(CirStmt_getDst(o) == NULL, "drop dst");
    return c;
}

static int orphan_call_ok(CirCodeId c)
{
    CirStmtId o = CirStmt_newOrphan();
    const CirValue *args[2] = { CirStmt_getArg(CirCode_getFirstStmt(c), 0), CirStmt_getArg(CirCode_getFirstStmt(c), 0) };
    CirStmt_toCall(o, NULL, CirStmt_getOperand1(CirCode_getFirstStmt(c)), args, 2);
    return CirStmt_getNumArgs(o) == 2 && CirStmt_getArg(o, 1) == args[1];
}

/* i = 0; s = 0; n = 10; t1 = s + i; s = t1; t2 = i + 1; i = t2;  + if (i < n) goto (t1 = s + i) */
static CirCodeId loop(CirCodeId c)
{
    const CirValue *i = CirStmt_getDst(nth(c, 0));
    const CirValue *n = CirStmt_getDst(nth(c, 2));
    CirStmtId body = nth(c, 3);
    CirStmtId back = CirStmt_newAfter(nth(c, 6));
    CirStmt_toCmp(back, CIR_CONDOP_LT, i, n, 0);
    check(CirStmt_getJumpTarget(back) == 0 && CirStmt_isJump(back), "pending");
    CirStmt_setJumpTarget(back, body);
    check(CirStmt_getJumpTarget(back) == body && CirStmt_getOp(back) == CIR_CONDOP_LT, "cmp");
    /* A goto to the next statement changes nothing. */
    CirStmtId skip = CirStmt_newAfter(nth(c, 2));
    CirStmt_toGoto(skip, 0);
    check(CirStmt_isGoto(skip) && CirStmt_getJumpTarget(skip) == 0, "goto pending");
    CirStmt_setJumpTarget(skip, body);
    check(CirStmt_getJumpTarget(skip) == body, "goto");
    return c;
}

int main(void)
{
    printf("mul %d\n", @mul(({ int a = 6, b = 7; a + b; })));
    printf("swap %d\n", @swap(({ int a = 50, b = 8; a - b; })));
    printf("neg %d\n", @neg(({ int a = 5; a; })));
    printf("before %d\n", @before(({ int a = 5, b = 2; a = a * b; a; })));
    printf("orphanize %d\n", @drop(({ int a = 6; a = 100; a; })));
    printf("nop %d\n", @nop(({ int a = 6; a = 100; a; })));
    printf("return %d\n", g());
    printf("call %d %d\n", @call(({ int r = twice(4) + thrice(1); r; })), @orphan_call_ok(twice(4)));
    printf("loop %d\n", @loop(({ int i = 0, s = 0, n = 10; s = s + i; i = i + 1; s; })));
    return 0;
}
