// expect: 7: designator index out of bounds
#include <stdio.h>

static int weights[4] = {
    [0] = 1,
    [3] = 8,
    [4] = 16,
};

int main(void) {
    printf("%d\n", weights[3]);
    return 0;
}
