// expect: 9: too many arguments to function call, expected 1, have 2
#include <stdio.h>

static int neg(int a) {
    return -a;
}

int main(void) {
    printf("%d\n", neg(1, 2));
    return 0;
}
