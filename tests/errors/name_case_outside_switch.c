// expect: 7: `case` label not within a switch statement
#include <stdio.h>

int main(void) {
    int kind = 2;
    if (kind) {
    case 2:
        puts("two");
    }
    return 0;
}
