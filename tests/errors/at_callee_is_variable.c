// expect: 7: `@scale`: the callee must be a function
#include <stdio.h>

static int scale = 3;

int main(void) {
    int v = @scale(2);
    printf("%d\n", v);
    return 0;
}
