// expect: 12: too few arguments to function call, expected 2, have 1
#include <stdio.h>

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

int main(void) {
    binop ops[2] = {add, mul};
    for (int i = 0; i < 2; i++)
        printf("%d\n", ops[i](6));
    return 0;
}
