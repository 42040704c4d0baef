// expect: 16: `CirType_typedef`: 3000000 is not a typedef id
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_typedef(3000000) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
