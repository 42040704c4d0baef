// expect: 6: conflicting types for `compute`
#include <stdio.h>

int compute(int a, int b);

double compute(int a, int b) {
    return a * 1.5 + b;
}

int main(void) {
    printf("%f\n", compute(1, 2));
    return 0;
}
