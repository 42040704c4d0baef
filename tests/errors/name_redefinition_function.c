// expect: 8: redefinition of `twice`
#include <stdio.h>

static int twice(int v) {
    return v * 2;
}

static int twice(int v) {
    return v + v;
}

int main(void) {
    printf("%d\n", twice(21));
    return 0;
}
