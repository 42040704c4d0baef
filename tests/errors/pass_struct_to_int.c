// expect: 12: incompatible types when passing argument: `int` from `struct size`
#include <stdio.h>

struct size { int w, h; };

static int area(int w, int h) {
    return w * h;
}

int main(void) {
    struct size s = {3, 4};
    printf("%d\n", area(s, 2));
    return 0;
}
