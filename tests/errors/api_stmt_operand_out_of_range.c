// expect: 11: `CirStmt_getOperand`: index 2 is out of range
#include <stdio.h>
#include <cir.h>

static int f(CirCodeId c)
{
    return CirStmt_getOperand(CirCode_getFirstStmt(c), 2) != NULL;
}

int main(void) {
    printf("%d\n", @f(({ int a = 3; a; })));
    return 0;
}
