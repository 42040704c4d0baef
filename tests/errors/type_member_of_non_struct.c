// expect: 6: request for member `width` in something not a structure or union
#include <stdio.h>

int main(void) {
    int size = 8;
    printf("%d\n", size.width);
    return 0;
}
