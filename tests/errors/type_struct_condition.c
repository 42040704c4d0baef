// expect: 8: used `struct opt` where a scalar is required
#include <stdio.h>

struct opt { int present; int value; };

int main(void) {
    struct opt o = {1, 7};
    if (o)
        printf("%d\n", o.value);
    return 0;
}
