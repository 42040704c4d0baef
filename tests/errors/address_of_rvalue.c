// expect: 6: cannot take the address of an rvalue
#include <stdio.h>

int main(void) {
    int a = 2, b = 3;
    int *p = &(a + b);
    printf("%d\n", *p);
    return 0;
}
