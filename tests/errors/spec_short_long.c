// expect: 4: invalid combination of type specifiers
#include <stdio.h>

static short long samples[4] = {1, 2, 3, 4};

int main(void) {
    long sum = 0;
    for (int i = 0; i < 4; i++)
        sum += samples[i];
    printf("%ld\n", sum);
    return 0;
}
