// expect: 5: invalid combination of type specifiers
#include <stdio.h>

int main(void) {
    char int letter = 'a';
    printf("%c\n", letter);
    return 0;
}
