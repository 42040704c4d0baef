// expect: 7: syntax error: unexpected `}`
#include <stdio.h>

static int square(int v) {
    return v * v;
}
}

int main(void) {
    printf("%d\n", square(7));
    return 0;
}
