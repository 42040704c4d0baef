// expect: 6: static declaration of `checksum` follows non-static declaration
#include <stdio.h>

int checksum(const char *s);

static int checksum(const char *s) {
    int sum = 0;
    while (*s)
        sum += *s++;
    return sum;
}

int main(void) {
    printf("%d\n", checksum("abc"));
    return 0;
}
