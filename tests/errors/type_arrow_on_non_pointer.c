// expect: 9: member reference type `struct box` is not a pointer
#include <stdio.h>

struct box {
    int w, h;
};

static int area(struct box b) {
    return b->w * b->h;
}

int main(void) {
    struct box b = {2, 3};
    printf("%d\n", area(b));
    return 0;
}
