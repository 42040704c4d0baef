// expect: 15: use of undeclared identifier `count`
// expect: 16: use of undeclared identifier `totl`
// expect: 17: use of undeclared identifier `lenght`
#include <stdio.h>

static int sum(const int *v, int n) {
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

int main(void) {
    int data[4] = {1, 2, 3, 4};
    int total = sum(data, count);
    printf("%d\n", totl);
    double avg = (double)total / lenght;
    printf("%f\n", avg);
    return 0;
}
