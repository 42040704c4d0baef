// expect: 8: redefinition of `count`
#include <stdio.h>

int main(void) {
    int count = 0;
    for (int i = 0; i < 3; i++)
        count += i;
    int count = 10;
    printf("%d\n", count);
    return 0;
}
