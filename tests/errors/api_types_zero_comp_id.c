// expect: 16: `CirType_comp`: 0 is not a struct/union id
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_comp(0) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
