// expect: 16: `CirFkind_size`: 5 is not a floating kind
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirFkind_size(CIR_IINT, CirMachine_getHost()) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
