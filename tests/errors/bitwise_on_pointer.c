// expect: 7: invalid operands to binary `&`
#include <stdio.h>

int main(void) {
    int x = 0;
    int *p = &x;
    int *aligned = p & ~7;
    printf("%p\n", (void *)aligned);
    return 0;
}
