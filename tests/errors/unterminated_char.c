// expect: 5: missing terminating ' character
#include <stdio.h>

int main(void) {
    char c = 'x;
    printf("%c\n", c);
    return 0;
}
