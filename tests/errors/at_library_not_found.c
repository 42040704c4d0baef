// cir-flags: -l libcir_no_such_library.so.3
// expect: 8: cannot load library `libcir_no_such_library.so.3`
#include <stdio.h>

static int answer(void) { return 42; }

int main(void) {
    printf("%d\n", @answer());
    return 0;
}
