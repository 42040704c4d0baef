// expect: 16: is not a `CirMachine`
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirIkind_size(CIR_IINT, (const CirMachine *)&fails) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
