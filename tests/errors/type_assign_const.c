// expect: 7: cannot assign to a variable of const-qualified type
#include <stdio.h>

int main(void) {
    const int max_items = 16;
    printf("%d\n", max_items);
    max_items = 32;
    printf("%d\n", max_items);
    return 0;
}
