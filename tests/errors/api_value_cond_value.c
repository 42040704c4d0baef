// expect: 10: is a condition code, not an expression code
#include <cir.h>

static CirCodeId value(CirCodeId c) { return CirCode_ofExpr(CirCode_getValue(c)); }

int main(void)
{
    int x = 2;
    long y = 3;
    return @value(x < y);
}
