// expect: 6: flexible array member not at end of struct
#include <stdio.h>

struct packet {
    unsigned char type;
    unsigned char payload[];
    unsigned short checksum;
};

int main(void) {
    printf("%zu\n", sizeof(struct packet));
    return 0;
}
