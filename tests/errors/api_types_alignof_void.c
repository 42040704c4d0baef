// expect: 16: `CirType_alignof`: `void` is `void`, which has no alignment
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_alignof(CirType_void(), NULL) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
