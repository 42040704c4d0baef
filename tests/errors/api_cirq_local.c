// expect: 13: the template uses `k`, a local of the compile-time function; pass its value with `CirAQ(...)`
#include <cirq.h>

static CirCodeId f(void)
{
    int k = 3;
    return CirQ(({ k + 1; }));
}

int main(void)
{
    int r;
    r = @f();
    return r;
}
