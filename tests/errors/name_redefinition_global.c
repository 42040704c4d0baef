// expect: 5: redefinition of `limit`
#include <stdio.h>

int limit = 10;
int limit = 20;

int main(void) {
    printf("%d\n", limit);
    return 0;
}
