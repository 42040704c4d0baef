// covers: __attribute__((constructor)) and __attribute__((destructor)) functions printing before/after main, constructor priorities (101, 150, 200) ordering, constructor initializing a static table, destructor priorities, atexit handlers interleaving with destructors, state set by constructors observed in main
#include <stdio.h>
#include <stdlib.h>

static int init_order[8];
static int n_init;

__attribute__((constructor)) static void ctor_default(void) { init_order[n_init++] = 3; printf("ctor default\n"); }
__attribute__((constructor(101))) static void ctor_first(void) { init_order[n_init++] = 1; printf("ctor 101\n"); }
__attribute__((constructor(200))) static void ctor_second(void) { init_order[n_init++] = 2; printf("ctor 200\n"); }

__attribute__((destructor)) static void dtor_default(void) { printf("dtor default\n"); }
__attribute__((destructor(101))) static void dtor_101(void) { printf("dtor 101\n"); }
__attribute__((destructor(200))) static void dtor_200(void) { printf("dtor 200\n"); }

static int squares[10];
__attribute__((constructor(150))) static void fill_squares(void) {
    for (int i = 0; i < 10; i++) squares[i] = i * i;
    init_order[n_init++] = 15;
}

static void at_exit_handler(void) { printf("atexit handler\n"); }

int main(void) {
    printf("main start, %d ctors ran:", n_init);
    for (int i = 0; i < n_init; i++) printf(" %d", init_order[i]);
    printf("\n");
    int sum = 0;
    for (int i = 0; i < 10; i++) sum += squares[i];
    printf("squares filled by constructor: sum=%d last=%d\n", sum, squares[9]);
    atexit(at_exit_handler);
    printf("main end\n");
    return 0;
}
