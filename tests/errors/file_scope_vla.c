// expect: 5: variable length array at file scope
#include <stdio.h>

static int n = 4;
static int buffer[n];

int main(void) {
    printf("%zu\n", sizeof buffer);
    return 0;
}
