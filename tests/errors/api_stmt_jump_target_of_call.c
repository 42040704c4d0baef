// expect: 12: `CirStmt_getJumpTarget`: sid
// expect: 12: is a call, not a jump
#include <stdio.h>
#include <cir.h>

static int f(CirCodeId c)
{
    return CirStmt_getJumpTarget(CirCode_getFirstStmt(c));
}

int main(void) {
    printf("%d\n", @f(puts("hi")));
    return 0;
}
