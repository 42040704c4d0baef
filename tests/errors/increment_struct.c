// expect: 9: cannot increment value of type `struct counter`
#include <stdio.h>

struct counter { int n; };

int main(void) {
    struct counter c = {0};
    for (int i = 0; i < 3; i++)
        c++;
    printf("%d\n", c.n);
    return 0;
}
