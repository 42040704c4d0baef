// covers: calling through function pointers with fp(), (*fp)(), (**fp)(), (&f)(), calling a function designator via *f, address-of function, function pointer comparison, passing functions as arguments without &
#include <stdio.h>

static int counter;
static int bump(int by) { counter += by; return counter; }
static int other(int by) { return by * 100; }

static int call_twice(int (*f)(int), int arg) { return f(arg) + (*f)(arg); }

int main(void) {
    int (*fp)(int) = bump;
    int (*fp2)(int) = &bump;
    printf("%d\n", fp(1));
    printf("%d\n", (*fp)(2));
    printf("%d\n", (**fp)(3));
    printf("%d\n", (***fp2)(4));
    printf("%d\n", (&bump)(5));
    printf("%d\n", (*bump)(6));
    printf("%d\n", call_twice(bump, 10));
    printf("%d\n", call_twice(&other, 2));
    printf("%d %d %d\n", fp == fp2, fp == bump, fp == other);
    int (*fps[2])(int) = {bump, other};
    printf("%d %d\n", (*fps[1])(7), fps[0](0));
    int (**pfp)(int) = &fp;
    printf("%d\n", (*pfp)(1));
    printf("%d\n", (**pfp)(1));
    struct { int (*f)(int); } s = {other};
    printf("%d %d\n", s.f(3), (*s.f)(4));
    int (*const cfp)(int) = other;
    printf("%d\n", cfp(9));
    return 0;
}
