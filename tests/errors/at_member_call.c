// expect: 15: expected a function call after `@`
#include <stdio.h>

struct ops {
    int (*get)(void);
};

static int seven(void) {
    return 7;
}

static struct ops table = {seven};

int main(void) {
    int v = @table.get();
    printf("%d\n", v);
    return 0;
}
