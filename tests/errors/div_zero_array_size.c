// expect: 5: expression is not constant
#include <stdio.h>

#define SLOTS 0
static int per_slot[64 / SLOTS];

int main(void) {
    printf("%zu\n", sizeof per_slot);
    return 0;
}
