// expect: 9: const-qualified type
#include <stdio.h>

struct limits { const int max; int used; };

int main(void) {
    struct limits l = {10, 0};
    l.used++;
    l.max++;
    printf("%d %d\n", l.max, l.used);
    return 0;
}
