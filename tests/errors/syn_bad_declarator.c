// expect: 5: syntax error: unexpected `2count`
#include <stdio.h>

int main(void) {
    int 2count = 0;
    printf("%d\n", 2count);
    return 0;
}
