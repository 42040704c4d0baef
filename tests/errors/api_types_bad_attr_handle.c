// expect: 16: is not a `CirAttr` made by the compiler
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirAttr_isInt((const CirAttr *)&fails);
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
