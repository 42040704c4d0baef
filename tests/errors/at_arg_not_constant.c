// expect: 9: argument of a compile-time call is not a compile-time constant
#include <stdio.h>

static int twice(int v) {
    return v * 2;
}

int main(int argc, char **argv) {
    int n = @twice(argc++);
    printf("%d %s\n", n, argv[0]);
    return 0;
}
