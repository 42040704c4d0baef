// expect: 6: `return` with a value in a function returning void
#include <stdio.h>

static void log_value(int v) {
    printf("%d\n", v);
    return v;
}

int main(void) {
    log_value(3);
    return 0;
}
