// expect: 6: `length` redeclared as a different kind of symbol
#include <stdio.h>

typedef unsigned int length;

int length = 5;

int main(void) {
    printf("%d\n", length);
    return 0;
}
