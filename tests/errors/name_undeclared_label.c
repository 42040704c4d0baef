// expect: 9: label `agian` used but not defined
#include <stdio.h>

int main(void) {
    int i = 0;
again:
    i++;
    if (i < 5)
        goto agian;
    printf("%d\n", i);
    return 0;
}
