// expect: 9: bug in compile-time code: table 3 is corrupt
#include <cir.h>

static int check(int t)
{
    cir_bug("table %d is corrupt", t);
}

int x = @check(3);
