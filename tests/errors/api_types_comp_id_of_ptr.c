// expect: 16: `CirType_getCompId`: `struct cid1_Inc *` is not a struct or union type
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_getCompId(CirType_ptr(CirType_comp(1))) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
