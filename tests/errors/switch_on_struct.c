// expect: 8: switch quantity not an integer
#include <stdio.h>

struct token { int kind; };

int main(void) {
    struct token t = {1};
    switch (t) {
    case 1:
        puts("one");
        break;
    }
    return 0;
}
