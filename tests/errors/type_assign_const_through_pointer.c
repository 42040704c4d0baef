// expect: 5: const-qualified type
#include <stdio.h>

static void reset(const int *p) {
    *p = 0;
}

int main(void) {
    int x = 5;
    reset(&x);
    printf("%d\n", x);
    return 0;
}
