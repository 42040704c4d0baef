// expect: 5: invalid operands to binary `+` (two pointers)
#include <stdio.h>

static int *midpoint(int *lo, int *hi) {
    return (lo + hi) / 2;
}

int main(void) {
    int data[5] = {1, 2, 3, 4, 5};
    printf("%d\n", *midpoint(data, data + 4));
    return 0;
}
