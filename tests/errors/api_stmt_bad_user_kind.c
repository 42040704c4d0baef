// expect: 12: `CirStmt_toUser`: 77 is not a user statement kind
#include <stdio.h>
#include <cir.h>

static int f(void)
{
    CirStmt_toUser(CirStmt_newOrphan(), 77, NULL);
    return 0;
}

int main(void) {
    printf("%d\n", @f());
    return 0;
}
