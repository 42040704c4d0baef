/* CirStmt: walking a code's statements, their kinds, operators, operands and jump targets.
 * The code argument lowers to (one statement each):
 *   x = 3; st.a = 1; if (x > 2) goto L; goto E; L: t1 = puts("hi"); x = t1; E: v();
 *   t2 = (int)buf[1] + st.a; x = t2; t3 = x; */
// out: kinds 5 1 2 0 1 1 2 0 0 0 0
// out: order 10 10 1
// out: ops 5 5 1
// out: operands 2 3 3 0 2
// out: call 1 1 1 1 0 0 1
// out: jumps 1 1 1
// out: orphan 0 1 0 0 0 0
// out: logged 1
// err: = puts("hi"); /* sid
// err: <CirStmt 0>
#include <stdio.h>
#include <cir.h>

static void v(void) {}

#define CODE ({ int x = 3; char buf[4]; struct { int a; } st; st.a = 1; if (x > 2) x = puts("hi"); v(); x = buf[1] + st.a; x; })

static CirStmtId nth(CirCodeId c, int n)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    while (n-- > 0)
        s = CirStmt_getNext(s);
    return s;
}

/* How many statements of each kind: unop binop call return cmp goto jump label gotolabel nop user. */
static int count(CirCodeId c, int kind)
{
    int n = 0;
    for (CirStmtId s = CirCode_getFirstStmt(c); s; s = CirStmt_getNext(s)) {
        switch (kind) {
        case 0: n += CirStmt_isUnOp(s); break;
        case 1: n += CirStmt_isBinOp(s); break;
        case 2: n += CirStmt_isCall(s); break;
        case 3: n += CirStmt_isReturn(s); break;
        case 4: n += CirStmt_isCmp(s); break;
        case 5: n += CirStmt_isGoto(s); break;
        case 6: n += CirStmt_isJump(s); break;
        case 7: n += CirStmt_isLabel(s); break;
        case 8: n += CirStmt_isGotoLabel(s); break;
        case 9: n += CirStmt_isNop(s); break;
        case 10: n += CirStmt_isUser(s) != 0; break;
        }
    }
    return n;
}

/* 0: statements forward; 1: statements backward from the last; 2: first has no previous. */
static int order(CirCodeId c, int what)
{
    int fwd = 0, back = 0;
    CirStmtId last = 0;
    for (CirStmtId s = CirCode_getFirstStmt(c); s; s = CirStmt_getNext(s)) {
        fwd++;
        last = s;
    }
    for (CirStmtId s = last; s; s = CirStmt_getPrev(s))
        back++;
    if (what == 0)
        return fwd;
    if (what == 1)
        return back;
    return CirStmt_getPrev(CirCode_getFirstStmt(c)) == 0;
}

/* Operators of x = 3 (IDENTITY), x = t1 (IDENTITY) and t2 = ... + st.a (PLUS). */
static int op(CirCodeId c, int n)
{
    return CirStmt_getOp(nth(c, n));
}

static int num_operands(CirCodeId c, int n)
{
    return CirStmt_getNumOperands(nth(c, n));
}

/* The call t1 = puts("hi"): operand 0 is dst, 1 the target, 2 the argument; and v(). */
static int call(CirCodeId c, int what)
{
    CirStmtId s = nth(c, 4), w = nth(c, 6);
    switch (what) {
    case 0: return CirStmt_getNumArgs(s) == 1;
    case 1: return CirStmt_getArg(s, 0) == CirStmt_getOperand(s, 2);
    case 2: return CirStmt_getDst(s) == CirStmt_getOperand(s, 0) && CirStmt_getDst(s) != NULL;
    case 3: return CirStmt_getOperand1(s) == CirStmt_getOperand(s, 1);
    case 4: return CirStmt_getNumArgs(w);
    case 5: return CirStmt_getDst(w) != NULL;
    default: return CirStmt_getOperand(w, 0) == NULL && CirStmt_getNumOperands(w) == 2;
    }
}

/* The cmp jumps to the puts call, the goto to v(); operand 2 of the cmp is its operand 1. */
static int jumps(CirCodeId c, int what)
{
    CirStmtId cmp = nth(c, 2), go = nth(c, 3);
    switch (what) {
    case 0: return CirStmt_getJumpTarget(cmp) == nth(c, 4) && CirStmt_getOp(cmp) == CIR_CONDOP_GT;
    case 1: return CirStmt_getJumpTarget(go) == nth(c, 6) && CirStmt_isCall(CirStmt_getJumpTarget(go));
    default: return CirStmt_getOperand2(cmp) == CirStmt_getOperand(cmp, 1) && CirStmt_getOperand1(cmp) == CirStmt_getOperand(cmp, 0);
    }
}

static int orphan(CirCodeId c, int what)
{
    CirStmtId o = CirStmt_newOrphan();
    switch (what) {
    case 0: return CirStmt_isOrphan(CirCode_getFirstStmt(c));
    case 1: return CirStmt_isOrphan(o) && CirStmt_isNop(o);
    case 2: return CirStmt_getNext(o);
    case 3: return CirStmt_getPrev(o);
    case 4: return CirStmt_getNumOperands(o);
    default: return o == CirCode_getFirstStmt(c);
    }
}

static int logged(CirCodeId c)
{
    CirLog_begin(CIRLOG_INFO);
    CirStmt_log(nth(c, 4));
    CirLog_end();
    CirLog_begin(CIRLOG_INFO);
    CirStmt_log(0);
    CirLog_end();
    return 1;
}

int main(void)
{
    printf("kinds %d %d %d %d %d %d %d %d %d %d %d\n", @count(CODE, 0), @count(CODE, 1), @count(CODE, 2),
           @count(CODE, 3), @count(CODE, 4), @count(CODE, 5), @count(CODE, 6), @count(CODE, 7), @count(CODE, 8),
           @count(CODE, 9), @count(CODE, 10));
    printf("order %d %d %d\n", @order(CODE, 0), @order(CODE, 1), @order(CODE, 2));
    printf("ops %d %d %d\n", @op(CODE, 0), @op(CODE, 5), @op(CODE, 7));
    printf("operands %d %d %d %d %d\n", @num_operands(CODE, 0), @num_operands(CODE, 4), @num_operands(CODE, 7),
           @num_operands(CODE, 3), @num_operands(CODE, 2));
    printf("call %d %d %d %d %d %d %d\n", @call(CODE, 0), @call(CODE, 1), @call(CODE, 2), @call(CODE, 3),
           @call(CODE, 4), @call(CODE, 5), @call(CODE, 6));
    printf("jumps %d %d %d\n", @jumps(CODE, 0), @jumps(CODE, 1), @jumps(CODE, 2));
    printf("orphan %d %d %d %d %d %d\n", @orphan(CODE, 0), @orphan(CODE, 1), @orphan(CODE, 2), @orphan(CODE, 3),
           @orphan(CODE, 4), @orphan(CODE, 5));
    printf("logged %d\n", @logged(CODE));
    return 0;
}
