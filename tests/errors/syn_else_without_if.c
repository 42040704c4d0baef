// expect: 9: `else` without a previous `if`
#include <stdio.h>

int main(void) {
    int x = 2;
    if (x > 1)
        puts("one");
        puts("two");
    else
        puts("three");
    return 0;
}
