// expect: 16: `CirType_float`: 5 is not a floating kind
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_float(CIR_IINT) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
