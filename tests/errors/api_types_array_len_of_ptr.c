// expect: 16: `CirType_hasArrayLen`: `int *` is not an array type
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_hasArrayLen(CirType_ptr(CirType_int(CIR_IINT)));
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
