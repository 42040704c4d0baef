/* CirStmt_registerUser, toUser, isUser, getPtr and setPtr: statements of compile-time
 * libraries with their own kind and data, and user pointers kept on any statement. */
// out: user 1 1 1 1 1
// out: ptr 1 1 1
// out: spliced 5
// rendered: /* user statement */;
#include <stdio.h>
#include <cir.h>

static int x, y;

static int user(int what)
{
    static unsigned u1, u2;
    if (!u1) {
        u1 = CirStmt_registerUser();
        u2 = CirStmt_registerUser();
    }
    CirStmtId s = CirStmt_newOrphan();
    switch (what) {
    case 0: return u1 != 0 && u2 != 0 && u1 != u2;
    case 1: return CirStmt_isUser(s) == 0;
    case 2:
        CirStmt_toUser(s, u2, &x);
        return CirStmt_isUser(s) == u2 && CirStmt_getPtr(s) == &x && !CirStmt_isNop(s);
    case 3:
        CirStmt_toUser(s, u1, &x);
        CirStmt_setPtr(s, &y);
        return CirStmt_getPtr(s) == &y && CirStmt_isUser(s) == u1 && CirStmt_getNumOperands(s) == 0;
    default:
        CirStmt_toUser(s, u1, NULL);
        CirStmt_toNop(s);
        return CirStmt_isUser(s) == 0 && CirStmt_isNop(s);
    }
}

/* Any statement keeps a user pointer, also across to*. */
static int ptr(CirCodeId c, int what)
{
    CirStmtId s = CirCode_getFirstStmt(c);
    switch (what) {
    case 0: return CirStmt_getPtr(s) == NULL;
    case 1:
        CirStmt_setPtr(s, &x);
        return CirStmt_getPtr(s) == &x;
    default:
        CirStmt_setPtr(s, &y);
        CirStmt_toNop(s);
        return CirStmt_getPtr(s) == &y;
    }
}

/* A user statement in the output renders as a comment. */
static CirCodeId spliced(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(CirCode_getFirstStmt(c));
    CirStmt_toUser(s, CirStmt_registerUser(), &x);
    return c;
}

int main(void)
{
    printf("user %d %d %d %d %d\n", @user(0), @user(1), @user(2), @user(3), @user(4));
    printf("ptr %d %d %d\n", @ptr(({ int a = 1; a; }), 0), @ptr(({ int a = 1; a; }), 1), @ptr(({ int a = 1; a; }), 2));
    printf("spliced %d\n", @spliced(({ int a = 5; a; })));
    return 0;
}
