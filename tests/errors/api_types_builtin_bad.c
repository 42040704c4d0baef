// expect: 16: `CirBuiltin_getType`: 999 is not a builtin id
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirBuiltin_getType(999) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
