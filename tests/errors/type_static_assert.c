// expect: 9: static assertion failed: "header must be packed to 5 bytes"
#include <stdio.h>

struct header {
    unsigned char tag;
    unsigned int length;
};

_Static_assert(sizeof(struct header) == 5, "header must be packed to 5 bytes");

int main(void) {
    printf("%zu\n", sizeof(struct header));
    return 0;
}
