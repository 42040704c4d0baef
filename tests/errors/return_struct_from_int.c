// expect: 8: incompatible types when returning: `int` from `struct result`
#include <stdio.h>

struct result { int code; const char *msg; };

static int status(void) {
    struct result r = {0, "ok"};
    return r;
}

int main(void) {
    printf("%d\n", status());
    return 0;
}
