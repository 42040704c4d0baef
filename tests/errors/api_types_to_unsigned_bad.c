// expect: 16: `CirIkind_toUnsigned`: 13 is not an integer kind
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirIkind_toUnsigned(CIR_FFLOAT) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
