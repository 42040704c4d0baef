// expect: syn_header.h:9: syntax error: unexpected `)`
#include <stdio.h>
#include "syn_header.h"

int point_sum(struct point p) {
    return p.x + p.y;
}

int main(void) {
    struct point p = {1, 2};
    printf("%d\n", point_sum(p));
    return 0;
}
