// expect: 6: field `left` has incomplete type
#include <stdio.h>

struct tree {
    int value;
    struct tree left;
};

int main(void) {
    printf("%zu\n", sizeof(int));
    return 0;
}
