// expect: 11: cannot take the address of a bit-field
#include <stdio.h>

struct flags {
    unsigned ready : 1;
    unsigned mode : 3;
};

int main(void) {
    struct flags f = {1, 5};
    unsigned *pm = &f.mode;
    printf("%u\n", *pm);
    return 0;
}
