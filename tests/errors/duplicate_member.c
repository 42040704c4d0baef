// expect: 8: duplicate member `left`
#include <stdio.h>

struct rect {
    int left;
    int top;
    int width;
    int left;
};

int main(void) {
    struct rect r = {0, 0, 10, 5};
    printf("%d\n", r.width);
    return 0;
}
