// expect: 16: `CirAttr_cons`: the array is NULL
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirAttr_cons(CirName_of("x"), NULL, 2) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
