// expect: 16: `CirType_getEnumId`: `struct cid1_Inc` is not an enum type
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_getEnumId(CirType_comp(1)) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
