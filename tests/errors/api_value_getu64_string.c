// expect: 9: `CirValue_getU64`: the value is a string literal, not an integer constant
#include <stdio.h>
#include <cir.h>

static unsigned long long get(void) { return CirValue_getU64(CirValue_ofCString("7")); }

int main(void)
{
    printf("%llu\n", @get());
    return 0;
}
