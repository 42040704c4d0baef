// covers: _Thread_local and __thread variables at file scope and as static locals, static _Thread_local, extern __thread declaration, thread-local arrays and structs, address of thread-local variable, initialized and zero-initialized TLS (single thread)
#include <stdio.h>

_Thread_local int tl_counter = 5;
__thread long tl_long;
static _Thread_local double tl_arr[4] = {1.5, 2.5, 3.5, 4.5};
static __thread struct { int a; char name[8]; } tl_struct = {7, "tls"};
extern __thread int tl_ext;
__thread int tl_ext = 99;

static int bump(void) {
    static _Thread_local int calls;
    static __thread int base = 100;
    calls++;
    base += 10;
    return calls * 1000 + base;
}

int main(void) {
    printf("%d %ld %g %d %s %d\n", tl_counter, tl_long, tl_arr[2], tl_struct.a, tl_struct.name, tl_ext);
    tl_counter++;
    tl_long = 1L << 40;
    tl_arr[0] *= 4;
    tl_struct.name[0] = 'T';
    int *p = &tl_counter;
    *p += 10;
    printf("%d %ld %g %s\n", tl_counter, tl_long, tl_arr[0], tl_struct.name);
    for (int i = 0; i < 3; i++) printf("%d ", bump());
    printf("\n");
    double s = 0;
    for (int i = 0; i < 4; i++) s += tl_arr[i];
    printf("%g\n", s);
    tl_ext--;
    printf("%d\n", tl_ext);
    return 0;
}
