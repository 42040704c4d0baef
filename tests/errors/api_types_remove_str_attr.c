// expect: 16: `CirType_removeAttrs`: attribute 0 is a string, not a name or a cons
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_removeAttrs(CirType_int(CIR_IINT), (const CirAttr *[]){CirAttr_str("x")}, 1) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
