// expect: 4: size of array has non-integer type
#include <stdio.h>

static int table[2.5];

int main(void) {
    printf("%zu\n", sizeof table);
    return 0;
}
