// expect: 8: `CirValue_ofUser`: 3 is not a user id
#include <cir.h>

static unsigned user(void) { return CirValue_isUser(CirValue_ofUser(3, 0)); }

int main(void)
{
    return (int)@user();
}
