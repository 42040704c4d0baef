// expect: 9: expected `;` before `return`
#include <stdio.h>

int main(void) {
    int total = 0;
    for (int i = 0; i < 10; i++) {
        total += i;
    }
    printf("%d\n", total)
    return 0;
}
