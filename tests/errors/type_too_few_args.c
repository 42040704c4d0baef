// expect: 9: too few arguments to function call, expected 3, have 2
#include <stdio.h>

static int mix(int a, int b, int c) {
    return a * 100 + b * 10 + c;
}

int main(void) {
    printf("%d\n", mix(1, 2));
    return 0;
}
