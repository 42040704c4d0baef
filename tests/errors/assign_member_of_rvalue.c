// expect: 12: expression is not assignable
#include <stdio.h>

struct pair { int first, second; };

static struct pair make_pair(int a, int b) {
    struct pair p = {a, b};
    return p;
}

int main(void) {
    make_pair(1, 2).first = 5;
    printf("done\n");
    return 0;
}
