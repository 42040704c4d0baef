// expect: 11: `CirQ_code`: syntax error in the quoted code, line 1
#include <cir.h>

static CirCodeId gen(void)
{
    return CirQ_code("int = 3;");
}

int main(void)
{
    return @gen();
}
