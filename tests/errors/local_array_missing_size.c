// expect: 5: storage size of `scratch` isn't known
#include <stdio.h>

int main(void) {
    int scratch[];
    scratch[0] = 1;
    printf("%d\n", scratch[0]);
    return 0;
}
