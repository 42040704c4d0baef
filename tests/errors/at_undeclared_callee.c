// expect: 9: `@table_sz`: the callee must be a function
#include <stdio.h>

static int table_size(int n) {
    return n * 4;
}

int main(void) {
    int size = @table_sz(8);
    printf("%d\n", size + table_size(1));
    return 0;
}
