// expect: 6: address of register variable requested
#include <stdio.h>

int main(void) {
    register int fast = 10;
    int *p = &fast;
    printf("%d\n", *p);
    return 0;
}
