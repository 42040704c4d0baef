// expect: 9: no member named `z` in `struct point`
// expect: 18: member reference type `struct point` is not a pointer
// expect: 24: too many arguments to function call, expected 2, have 3
#include <stdio.h>

struct point { int x, y; };

static int dot(struct point a, struct point b) {
    return a.x * b.x + a.y * b.z;
}

static int manhattan(struct point a) {
    return abs_value(a.x) + a.y;
}

static void print_point(struct point p) {
    printf("(%d, %d)\n", p.x, p.y, 0);
    p->x = 0;
}

int main(void) {
    struct point p = {1, 2}, q = {3, 4};
    print_point(p);
    return dot(p, q, 1) + manhattan(q);
}
