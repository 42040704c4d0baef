// expect: 8: compile-time code crashed: segmentation fault
#include <stdio.h>

static int boom(int x) { int *p = 0; return *p + x; }

int main(void) {
    /* The crash is reported at the call; cir itself survives. */
    printf("%d\n", @boom(1));
    return 0;
}
