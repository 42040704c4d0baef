// expect: 6: not an integer constant expression
#include <stdio.h>

static int base = 3;

enum level { LOW = base, MID, HIGH };

int main(void) {
    printf("%d\n", HIGH);
    return 0;
}
