// expect: 16: `CirPrime_ge`: there is no 64-bit prime
typedef int fn(int);
struct Inc;
#include <stdio.h>
#include <cir.h>

static int fails;

static int misuse(void)
{
    return CirPrime_ge(18446744073709551558ull) > 0;
}

int main(void)
{
    printf("%d\n", @misuse());
    return 0;
}
