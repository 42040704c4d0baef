// expect: 4: storage class specified for parameter
#include <stdio.h>

static int scale(static int factor, int v) {
    return factor * v;
}

int main(void) {
    printf("%d\n", scale(3, 4));
    return 0;
}
