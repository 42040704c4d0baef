// expect: 16: `CirCode_getValue`: code
// expect: 16: was freed
#include <cir.h>

/* CirCode_append frees the code appended. */
static CirCodeId use_after_append(CirCodeId b)
{
    CirCodeId a = CirCode_ofExpr(NULL);
    CirCode_append(a, b);
    return CirCode_ofExpr(CirCode_getValue(b));
}

int main(void)
{
    int x = 2;
    return @use_after_append(x + 1);
}
