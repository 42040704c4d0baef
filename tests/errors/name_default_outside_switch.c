// expect: 7: `default` label not within a switch statement
#include <stdio.h>

int main(void) {
    int kind = 2;
    while (kind-- > 0) {
    default:
        puts("loop");
    }
    return 0;
}
