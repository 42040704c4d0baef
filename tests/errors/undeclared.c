// expect: 6: use of undeclared identifier `y`
#include <stdio.h>

int main(void) {
    int x = 1;
    return x + y;
}
