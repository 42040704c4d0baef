// expect: 9: expected `)` before `;`
#include <stdio.h>

#define SQUARE(x) ((x) * (x)
#define CUBE(x) (SQUARE(x) * (x))

int main(void) {
    int v = 3;
    printf("%d\n", CUBE(v));
    return 0;
}
