// covers: exit(n) from a nested function with a nonzero status, atexit handlers running in reverse registration order before termination, stdout buffered output flushed at exit, on_exit-free, EXIT_SUCCESS/EXIT_FAILURE constants, code after exit not executed
#include <stdio.h>
#include <stdlib.h>

static int data[5];

static void h1(void) { printf("handler 1 (registered first, runs last)\n"); }
static void h2(void) { printf("handler 2, data sum=%d\n", data[0] + data[1] + data[2] + data[3] + data[4]); }
static void h3(void) { printf("handler 3 (registered last, runs first)\n"); }

static void validate(int v) {
    if (v > 3) {
        printf("validation failed at %d, exiting\n", v);
        exit(17);
    }
    data[v] = v * v;
}

int main(void) {
    atexit(h1);
    atexit(h2);
    atexit(h3);
    printf("%d %d\n", EXIT_SUCCESS, EXIT_FAILURE);
    printf("buffered output before exit");
    printf(" continues\n");
    int partial = 0;
    for (int i = 0; i < 4; i++) partial += i;
    printf("partial %d\n", partial);
    fflush(stdout);
    printf("after explicit flush\n");
    for (int i = 0; i < 10; i++) validate(i);
    printf("not reached\n");
    return 0;
}
