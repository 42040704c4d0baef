// expect: 16: `CirType_getNumParams`: `tid1_fn` is not a function type
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_getNumParams(CirType_typedef(1)) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
