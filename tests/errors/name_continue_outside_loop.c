// expect: 6: `continue` statement not in a loop
#include <stdio.h>

static void show(int v) {
    if (v < 0)
        continue;
    printf("%d\n", v);
}

int main(void) {
    show(3);
    return 0;
}
