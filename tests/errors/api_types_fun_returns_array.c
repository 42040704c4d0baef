// expect: 16: `CirType_fun`: a function cannot return `int[2]`
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_fun(CirType_arrayWithLen(CirType_int(CIR_IINT), 2), NULL, 0, false) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
