// expect: 12: expected `;` after the top-level `@` call
#include <stdio.h>

static void gen(void) {
}

int main(void) {
    printf("hello\n");
    return 0;
}

@gen()
