// expect: 16: `CirType_arrayWithLen`: an array cannot have elements of type `void`
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_arrayWithLen(CirType_void(), 3) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
