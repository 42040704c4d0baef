// expect: 16: `CirType_fun`: parameter 0 has type `void`
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_fun(CirType_int(CIR_IINT), (CirFunParam[]){{0, CirType_void()}}, 1, false) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
