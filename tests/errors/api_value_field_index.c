// expect: 12: `CirValue_getField`: index 2 is out of range (the field path has 2)
#include <cir.h>

struct In { int x; };
struct S { struct In in; };

static CirName third(CirCodeId c) { return CirValue_getField(CirCode_getValue(c), 2); }

int main(void)
{
    struct S s = {{1}};
    return (int)@third(s.in.x);
}
