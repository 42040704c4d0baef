// expect: 7: invalid operands to comparison
#include <stdio.h>

struct date { int y, m, d; };

static int same_day(struct date a, struct date b) {
    return a == b;
}

int main(void) {
    struct date x = {2024, 1, 2}, y = {2024, 1, 2};
    printf("%d\n", same_day(x, y));
    return 0;
}
