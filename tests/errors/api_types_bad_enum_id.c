// expect: 16: `CirType_enum`: 5 is not an enum id
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_enum(5) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
