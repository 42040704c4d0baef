// expect: 4: redefinition of parameter `a`
#include <stdio.h>

static int blend(int a, int b, int a) {
    return (a + b) / 2;
}

int main(void) {
    printf("%d\n", blend(2, 4, 6));
    return 0;
}
