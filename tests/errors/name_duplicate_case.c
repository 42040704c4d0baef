// expect: 10: duplicate case value
#include <stdio.h>

static const char *name(int c) {
    switch (c) {
    case 1:
        return "one";
    case 2:
        return "two";
    case 1:
        return "uno";
    default:
        return "many";
    }
}

int main(void) {
    puts(name(2));
    return 0;
}
