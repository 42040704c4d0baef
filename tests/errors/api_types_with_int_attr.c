// expect: 16: `CirType_withAttrs`: attribute 1 is an integer, not a name or a cons
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_withAttrs(CirType_int(CIR_IINT), (const CirAttr *[]){CirAttr_name(CirName_of("packed")), CirAttr_int(1)}, 2) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
