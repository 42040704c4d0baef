// expect: 8: `CirValue_isInt`: the value is NULL
#include <cir.h>

static int check(void) { return CirValue_isInt(NULL); }

int main(void)
{
    return @check();
}
