// expect: 6: width of bit-field exceeds its type
#include <stdio.h>

struct packet {
    unsigned kind : 4;
    unsigned length : 40;
};

int main(void) {
    struct packet p = {1, 2};
    printf("%u\n", p.kind);
    return 0;
}
