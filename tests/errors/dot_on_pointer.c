// expect: 7: request for member `value` in something not a structure or union (`struct node *`)
#include <stdio.h>

struct node { int value; struct node *next; };

static int first(struct node *list) {
    return list.value;
}

int main(void) {
    struct node n = {5, NULL};
    printf("%d\n", first(&n));
    return 0;
}
