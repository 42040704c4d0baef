// expect: 9: unknown type name `node_t`
#include <stdio.h>

struct node {
    int value;
    struct node *next;
};

static int length(node_t *head) {
    int n = 0;
    for (; head; head = head->next)
        n++;
    return n;
}

int main(void) {
    printf("%d\n", length(NULL));
    return 0;
}
