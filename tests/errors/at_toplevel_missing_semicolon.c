// expect: 7: expected `;` after the top-level `@` call
#include <stdio.h>

static void gen(void) {
}

@gen()

int counter = 0;

int main(void) {
    printf("%d\n", counter);
    return 0;
}
