// expect: 6: too many arguments to function call
#include <stdio.h>

static void fail(const char *why) {
    fprintf(stderr, "fatal: %s\n", why);
    __builtin_trap(why);
}

int main(void) {
    fail("nothing");
    return 0;
}
