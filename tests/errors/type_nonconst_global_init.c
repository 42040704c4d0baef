// expect: 5: initializer element is not constant
#include <stdio.h>

static int base = 10;
static int derived = base * 2;

int main(void) {
    printf("%d %d\n", base, derived);
    return 0;
}
