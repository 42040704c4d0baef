// expect: 16: `CirType_sizeof`: `struct cid1_Inc` is an undefined struct/union
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_sizeof(CirType_comp(1), NULL) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
