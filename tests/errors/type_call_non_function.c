// expect: 6: called object of type `int` is not a function
#include <stdio.h>

int main(void) {
    int counter = 3;
    int r = counter(2);
    printf("%d\n", r);
    return 0;
}
