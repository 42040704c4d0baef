// expect: 4: incomplete element type
#include <stdio.h>

static int grid[3][] = {{1, 2}, {3, 4}, {5, 6}};

int main(void) {
    printf("%d\n", grid[1][1]);
    return 0;
}
