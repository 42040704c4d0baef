// expect: 6: syntax error: unexpected `$`
#include <stdio.h>

int main(void) {
    int a = 3;
    int b = 4 $ 2;
    printf("%d %d\n", a, b);
    return 0;
}
