// expect: 5: `@later`: the callee must be a function declared before the call
#include <stdio.h>

int main(void) {
    int v = @later(4);
    printf("%d\n", v);
    return 0;
}

int later(int x) {
    return x + 1;
}
