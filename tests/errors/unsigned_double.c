// expect: 5: invalid combination of type specifiers
#include <stdio.h>

int main(void) {
    unsigned double ratio = 0.5;
    printf("%f\n", ratio);
    return 0;
}
