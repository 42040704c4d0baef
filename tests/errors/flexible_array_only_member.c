// expect: 5: flexible array member in a struct with no named members
#include <stdio.h>

struct buffer {
    char data[];
};

int main(void) {
    printf("%zu\n", sizeof(struct buffer));
    return 0;
}
