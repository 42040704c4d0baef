// expect: 9: use of undeclared identifier `i`
#include <stdio.h>

static int find(const int *v, int n, int key) {
    for (int i = 0; i < n; i++) {
        if (v[i] == key)
            break;
    }
    return i;
}

int main(void) {
    int v[3] = {7, 8, 9};
    printf("%d\n", find(v, 3, 8));
    return 0;
}
