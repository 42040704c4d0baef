// expect: 10: void value not ignored
#include <stdio.h>

static void tick(int *n) {
    (*n)++;
}

int main(void) {
    int n = 0;
    int r = tick(&n);
    printf("%d %d\n", n, r);
    return 0;
}
