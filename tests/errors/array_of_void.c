// expect: 4: array of `void`
#include <stdio.h>

static void slots[8];

int main(void) {
    printf("%zu\n", sizeof(int));
    return 0;
}
