// expect: 8: type mismatch in conditional expression
#include <stdio.h>

struct span { int start, len; };

int main(int argc, char **argv) {
    struct span s = {0, 4};
    int n = argc > 1 ? s : 0;
    printf("%d %s\n", n, argv[0]);
    return 0;
}
