// expect: 10: expression is not assignable
#include <stdio.h>

static int next_id(void) {
    static int id;
    return ++id;
}

int main(void) {
    next_id() = 10;
    printf("%d\n", next_id());
    return 0;
}
