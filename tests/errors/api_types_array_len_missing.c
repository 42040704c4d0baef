// expect: 16: `CirType_getArrayLen`: `int[]` has no constant length
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_getArrayLen(CirType_array(CirType_int(CIR_IINT))) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
