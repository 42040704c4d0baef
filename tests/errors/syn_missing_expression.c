// expect: 6: syntax error: unexpected `;`
#include <stdio.h>

int main(void) {
    int a = 10;
    int b = a * ;
    printf("%d\n", b);
    return 0;
}
