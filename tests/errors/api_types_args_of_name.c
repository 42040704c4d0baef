// expect: 16: `CirAttr_getNumArgs`: the attribute is not a cons
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirAttr_getNumArgs(CirAttr_name(CirName_of("packed"))) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
