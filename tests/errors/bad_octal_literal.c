// expect: 5: invalid digit
#include <stdio.h>

int main(void) {
    int permissions = 0789;
    printf("%o\n", permissions);
    return 0;
}
