// expect: 12: duplicate case value
#include <stdio.h>

enum color { RED = 1, GREEN = 2, BLUE = 1 + 1 };

static const char *name(enum color c) {
    switch (c) {
    case RED:
        return "red";
    case GREEN:
        return "green";
    case BLUE:
        return "blue";
    }
    return "?";
}

int main(void) {
    puts(name(GREEN));
    return 0;
}
