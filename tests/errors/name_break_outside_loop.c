// expect: 8: `break` statement not in a loop or switch
#include <stdio.h>

int main(void) {
    int x = 4;
    if (x > 3) {
        puts("big");
        break;
    }
    return 0;
}
