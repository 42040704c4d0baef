// expect: 5: `extern` declaration has an initializer
#include <stdio.h>

int main(void) {
    extern int shared = 4;
    printf("%d\n", shared);
    return 0;
}
