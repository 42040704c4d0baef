// expect: 10: redefinition of label `retry`
#include <stdio.h>

int main(void) {
    int n = 0;
retry:
    n++;
    if (n < 3)
        goto retry;
retry:
    printf("%d\n", n);
    return 0;
}
