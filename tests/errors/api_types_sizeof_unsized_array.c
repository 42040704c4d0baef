// expect: 16: `CirType_sizeof`: `int[]` is an array without a length
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_sizeof(CirType_array(CirType_int(CIR_IINT)), NULL) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
