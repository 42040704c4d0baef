// expect: 6: size of array is negative
#include <stdio.h>

#define BUF_LEN (4 - 8)

static char buffer[BUF_LEN];

int main(void) {
    printf("%zu\n", sizeof buffer);
    return 0;
}
