// expect: 11: `CirStmt_isNop`: 123456 is not a statement id
#include <stdio.h>
#include <cir.h>

static int f(void)
{
    return CirStmt_isNop(123456);
}

int main(void) {
    printf("%d\n", @f());
    return 0;
}
