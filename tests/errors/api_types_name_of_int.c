// expect: 16: `CirAttr_getName`: the attribute is an integer or a string, not a name or a cons
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirAttr_getName(CirAttr_int(3)) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
