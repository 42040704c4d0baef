// expect: 16: is not a `CirType` made by the compiler
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_isPtr((const CirType *)&fails);
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
