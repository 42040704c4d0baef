// expect: 8: negative width in bit-field
#include <stdio.h>

#define MODE_BITS (2 - 3)

struct control {
    unsigned enabled : 1;
    unsigned mode : MODE_BITS;
};

int main(void) {
    struct control c = {1, 0};
    printf("%u\n", c.enabled);
    return 0;
}
