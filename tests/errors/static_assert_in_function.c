// expect: 8: static assertion failed: "MAX_USERS must fit in an unsigned char"
#include <stdio.h>

#define MAX_USERS 300

int main(void) {
    unsigned char slots[MAX_USERS];
    _Static_assert(MAX_USERS <= 255, "MAX_USERS must fit in an unsigned char");
    printf("%zu\n", sizeof slots);
    return 0;
}
