// expect: 16: `CirComp_setDefined`: cid1 cannot be defined: field 1 has no name
struct later;                        /* cid1 */
struct s { int a; };                 /* cid2 */
#include <stdio.h>
#include <cir.h>

static int f(void)
{
    CirComp_setNumFields(1, 2);
    CirComp_setFieldName(1, 0, CirComp_getFieldName(2, 0));
    CirComp_setDefined(1, true);
    return 0;
}
int main(void)
{
    return @f();
}
