// expect: 12: `CirStmt_getOp`: sid
// expect: 12: is a call, not a unary, binary or compare-and-jump operation
#include <stdio.h>
#include <cir.h>

static int f(CirCodeId c)
{
    return CirStmt_getOp(CirCode_getFirstStmt(c));
}

int main(void) {
    printf("%d\n", @f(puts("hi")));
    return 0;
}
