// expect: 16: `CirAttr_str`: the string is NULL
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirAttr_str(NULL) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
