// expect: 6: indirection requires pointer operand
#include <stdio.h>

int main(void) {
    int value = 42;
    int copy = *value;
    printf("%d\n", copy);
    return 0;
}
