// expect: 12: `CirComp_setFieldType`: cid1: field 0 (`a`) contains the struct itself
struct inner { int a; };             /* cid1 */
struct outer { struct inner in; };   /* cid2 */
#include <stdio.h>
#include <cir.h>

static int f(void)
{
    CirComp_setFieldType(1, 0, CirComp_getFieldType(2, 0));
    return 0;
}
int main(void) { return @f(); }
