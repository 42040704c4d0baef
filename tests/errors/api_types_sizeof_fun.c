// expect: 16: `CirType_sizeof`: `void(void)` is a function type, which has no size
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_sizeof(CirType_fun(CirType_void(), NULL, 0, false), NULL) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
