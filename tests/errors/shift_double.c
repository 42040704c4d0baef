// expect: 6: invalid operands to binary `<<`
#include <stdio.h>

int main(void) {
    double x = 3.0;
    double y = x << 2;
    printf("%f\n", y);
    return 0;
}
