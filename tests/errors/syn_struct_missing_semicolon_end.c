// expect: 7: expected `;` after `}`
#include <stdio.h>

struct account {
    int id;
    double balance;
}

int main(void) {
    struct account a = {1, 2.5};
    printf("%d %f\n", a.id, a.balance);
    return 0;
}
