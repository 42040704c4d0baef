// expect: 5: redeclaration of `ORANGE`
#include <stdio.h>

enum fruit { APPLE, PEAR, ORANGE };
enum color { RED, ORANGE, BLUE };

int main(void) {
    printf("%d %d\n", PEAR, BLUE);
    return 0;
}
