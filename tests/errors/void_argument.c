// expect: 12: void value not ignored
#include <stdio.h>

static void reset(void) {
}

static int twice(int v) {
    return v * 2;
}

int main(void) {
    printf("%d\n", twice(reset()));
    return 0;
}
