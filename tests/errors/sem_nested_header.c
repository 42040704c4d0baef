// expect: nested_inner.h:10: request for member `id` in something not a structure or union
#include <stdio.h>
#include "nested_outer.h"

int count_records(const record *rs, int n) {
    int c = 0;
    for (int i = 0; i < n; i++)
        if (record_id(&rs[i]) > 0)
            c++;
    return c;
}

int main(void) {
    record rs[2] = {{1, "a"}, {0, "b"}};
    printf("%d\n", count_records(rs, 2));
    return 0;
}
