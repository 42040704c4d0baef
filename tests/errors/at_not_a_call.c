// expect: 5: expected a function call after `@`
#include <stdio.h>

int main(void) {
    int x = @ 5;
    printf("%d\n", x);
    return 0;
}
