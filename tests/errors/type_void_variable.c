// expect: 5: variable `nothing` has incomplete type `void`
#include <stdio.h>

int main(void) {
    void nothing;
    printf("done\n");
    return 0;
}
