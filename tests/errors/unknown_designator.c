// expect: 11: unknown field `retry_count` specified in initializer
#include <stdio.h>

struct config {
    int verbose;
    int retries;
};

static struct config defaults = {
    .verbose = 0,
    .retry_count = 3,
};

int main(void) {
    printf("%d\n", defaults.retries);
    return 0;
}
