// expect: 11: incompatible types when assigning: `int` from `struct vec2`
#include <stdio.h>

struct vec2 {
    int x, y;
};

int main(void) {
    struct vec2 v = {3, 4};
    int len;
    len = v;
    printf("%d\n", len);
    return 0;
}
