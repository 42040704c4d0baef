// expect: 6: expected `)` before `{`
#include <stdio.h>

int main(void) {
    int n = 5;
    if ((n > 3) {
        puts("big");
    }
    return 0;
}
