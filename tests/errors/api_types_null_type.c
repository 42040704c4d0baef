// expect: 16: `CirType_ptr`: the type is NULL
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirType_ptr(NULL) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
