// expect: 12: `CirStmt_getArg`: index 1 is out of range
// expect: 12: has 1 arguments)
#include <stdio.h>
#include <cir.h>

static int f(CirCodeId c)
{
    return CirStmt_getArg(CirCode_getFirstStmt(c), 1) != NULL;
}

int main(void) {
    printf("%d\n", @f(puts("hi")));
    return 0;
}
