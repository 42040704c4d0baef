// expect: 13: `CirStmt_toGoto`: sid
// expect: 13: are in different codes
#include <stdio.h>
#include <cir.h>

static int f(CirCodeId a, CirCodeId b)
{
    CirStmt_toGoto(CirCode_getFirstStmt(a), CirCode_getFirstStmt(b));
    return 0;
}

int main(void) {
    printf("%d\n", @f(({ int x = 1; x; }), ({ int y = 2; y; })));
    return 0;
}
