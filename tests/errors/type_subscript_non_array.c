// expect: 6: subscripted value is neither array nor pointer
#include <stdio.h>

int main(void) {
    int total = 100;
    printf("%d\n", total[1]);
    return 0;
}
