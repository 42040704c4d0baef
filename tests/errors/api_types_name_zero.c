// expect: 16: `CirName_cstr`: 0 is not a name
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirName_cstr(0) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
