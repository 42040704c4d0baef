// expect: 13: use of undeclared identifier `secret`
// expect: 13: `CirQ_code`: the quoted code has errors
#include <cir.h>

static CirCodeId peek(void)
{
    return CirQ_code("secret + 1");
}

int main(void)
{
    int secret = 41;
    return @peek();
}
