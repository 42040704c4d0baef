// expect: 9: `int *` and `char *` are not pointers to compatible types
#include <stdio.h>

int main(void) {
    int numbers[8];
    char text[8];
    int *end = numbers + 8;
    char *start = text;
    long distance = end - start;
    printf("%ld\n", distance);
    return 0;
}
