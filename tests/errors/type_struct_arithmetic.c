// expect: 11: invalid operands to binary `+`
#include <stdio.h>

struct money {
    long cents;
};

int main(void) {
    struct money a = {150};
    struct money b = {250};
    struct money c = a + b;
    printf("%ld\n", c.cents);
    return 0;
}
