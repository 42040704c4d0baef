// expect: 6: incomplete element type
#include <stdio.h>

struct session;

struct session sessions[16];

int main(void) {
    printf("%p\n", (void *)sessions);
    return 0;
}
