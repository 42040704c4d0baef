// expect: sem_header.h:10: no member named `high` in `struct range`
#include <stdio.h>
#include "sem_header.h"

int main(void) {
    struct range r = {2, 9};
    printf("%d\n", range_len(r));
    return 0;
}
