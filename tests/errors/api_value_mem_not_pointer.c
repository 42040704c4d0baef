// expect: 10: `CirValue_getType`: 
// expect: 10: not a pointer
#include <cir.h>

static int deref(CirCodeId c) { return CirValue_getType(CirValue_ofMem(CirValue_getVar(CirCode_getValue(c)))) != 0; }

int main(void)
{
    int x = 1;
    return @deref(x);
}
