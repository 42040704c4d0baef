// expect: 6: invalid operands to binary `%`
#include <stdio.h>

int main(void) {
    double angle = 370.0;
    double wrapped = angle % 360;
    printf("%f\n", wrapped);
    return 0;
}
