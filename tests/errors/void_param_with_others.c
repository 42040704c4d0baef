// expect: 4: parameter has incomplete type `void`
#include <stdio.h>

static int pick(void, int which) {
    return which;
}

int main(void) {
    printf("%d\n", pick(1));
    return 0;
}
