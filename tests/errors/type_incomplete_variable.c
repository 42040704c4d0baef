// expect: 7: storage size of `h` isn't known
#include <stdio.h>

struct handle;

int main(void) {
    struct handle h;
    printf("%p\n", (void *)&h);
    return 0;
}
