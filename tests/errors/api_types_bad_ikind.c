// expect: 16: `CirType_int`: 99 is not an integer kind
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_int(99) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
