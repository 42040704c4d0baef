// expect: 5: invalid combination of type specifiers
#include <stdio.h>

int main(void) {
    long long long big = 1;
    printf("%lld\n", big);
    return 0;
}
