// expect: 5: restrict
#include <stdio.h>

static int sum(const int *v, int n) {
    restrict int total = 0;
    for (int i = 0; i < n; i++)
        total += v[i];
    return total;
}

int main(void) {
    int v[3] = {1, 2, 3};
    printf("%d\n", sum(v, 3));
    return 0;
}
