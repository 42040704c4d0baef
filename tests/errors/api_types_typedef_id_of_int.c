// expect: 16: `CirType_getTypedefId`: `long` is not a typedef name
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_getTypedefId(CirType_int(CIR_ILONG)) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
