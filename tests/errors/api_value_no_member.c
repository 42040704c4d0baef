// expect: 18: `CirValue_withFields`: `struct S` has no member named `b`
#include <cir.h>

struct S { int a; };
struct T { int b; };

/* `b` is a member of struct T, not of struct S. */
static CirCodeId field(CirCodeId s, CirCodeId t)
{
    CirName b = CirValue_getField(CirCode_getValue(t), 0);
    return CirCode_ofExpr(CirValue_withFields(CirCode_getValue(s), &b, 1));
}

int main(void)
{
    struct S s = {1};
    struct T t = {2};
    return @field(s, t.b);
}
