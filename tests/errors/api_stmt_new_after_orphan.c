// expect: 12: `CirStmt_newAfter`: sid
// expect: 12: is an orphan (attach it to a code first)
#include <stdio.h>
#include <cir.h>

static int f(void)
{
    return CirStmt_newAfter(CirStmt_newOrphan());
}

int main(void) {
    printf("%d\n", @f());
    return 0;
}
