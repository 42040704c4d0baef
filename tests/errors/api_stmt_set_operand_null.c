// expect: 12: `CirStmt_setOperand`: the value is NULL
#include <stdio.h>
#include <cir.h>

static CirCodeId f(CirCodeId c)
{
    CirStmt_setOperand(CirCode_getFirstStmt(c), 1, NULL);
    return c;
}

int main(void) {
    printf("%d\n", @f(({ int a = 3; a; })));
    return 0;
}
