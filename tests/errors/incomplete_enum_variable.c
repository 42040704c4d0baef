// expect: 6: storage size of `current` isn't known
#include <stdio.h>

enum state;

static enum state current;

int main(void) {
    printf("%p\n", (void *)&current);
    return 0;
}
