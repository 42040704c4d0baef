// expect: 9: redefinition of `struct pair`
#include <stdio.h>

struct pair {
    int a;
    int b;
};

struct pair {
    long a;
    long b;
};

int main(void) {
    struct pair p = {1, 2};
    printf("%d\n", p.a + p.b);
    return 0;
}
