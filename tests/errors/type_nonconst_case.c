// expect: 8: not an integer constant expression
#include <stdio.h>

static int classify(int v, int limit) {
    switch (v) {
    case 0:
        return 0;
    case limit:
        return 1;
    default:
        return 2;
    }
}

int main(void) {
    printf("%d\n", classify(3, 3));
    return 0;
}
