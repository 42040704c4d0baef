// expect: 6: incomplete type
#include <stdio.h>

struct message;

static void send(struct message m) {
    printf("sending\n");
}

int main(void) {
    printf("start\n");
    return 0;
}
