// expect: 12: multiple default labels in one switch
#include <stdio.h>

static const char *name(int c) {
    switch (c) {
    case 1:
        return "one";
    default:
        return "other";
    case 2:
        return "two";
    default:
        return "many";
    }
}

int main(void) {
    puts(name(2));
    return 0;
}
