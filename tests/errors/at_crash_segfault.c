// expect: 9: compile-time call `boom` crashed: segmentation fault
// cir-flags: --ct-timeout 1
#include <stdio.h>

static int boom(int x) { int *p = 0; return *p + x; }

int main(void) {
    /* The crash is reported at the call; cir itself survives. */
    printf("%d\n", @boom(1));
    return 0;
}
