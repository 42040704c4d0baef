// expect: 16: `CirMem_balloc`: alignment 3 is not a power of two
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirMem_balloc(8, 3) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
