// expect: 16: `CirType_getBaseType`: `int` is not a pointer, array or function type
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_getBaseType(CirType_int(CIR_IINT)) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
