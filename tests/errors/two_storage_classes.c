// expect: 4: multiple storage classes in declaration specifiers
#include <stdio.h>

static extern int hits;

int main(void) {
    printf("%d\n", hits);
    return 0;
}
