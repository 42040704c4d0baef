// expect: 16: `CirName_cstr`: 4000000000 is not a name
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirName_cstr(4000000000u) != 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
