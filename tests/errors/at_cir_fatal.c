// expect: 11: bad input xyz (42)
#include <stdio.h>
#include <cir.h>

static int check(const char *s) {
    if (s[0] == 'x') cir_fatal("bad input %s (%d)", s, 42);
    return 1;
}

int main(void) {
    printf("%d\n", @check("xyz"));
    return 0;
}
