// expect: 9: unknown type name `uint32`
#include <stdio.h>

static int area(int w, int h) {
    return w * h;
}

int main(void) {
    uint32 width = 3;
    printf("%d\n", area(width, 4));
    return 0;
}
