// expect: 6: expected `(` before `i`
#include <stdio.h>

int main(void) {
    int i = 0;
    while i < 10 {
        i++;
    }
    printf("%d\n", i);
    return 0;
}
