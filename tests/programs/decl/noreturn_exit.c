// covers: _Noreturn functions (C11 keyword), noreturn macro from stdnoreturn.h, __attribute__((noreturn)), calling exit(n) from a noreturn function to set the exit code, atexit handler output before termination, code after noreturn call unreachable
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>

static int stage;

static void report(void) { printf("atexit: stage=%d\n", stage); }

_Noreturn static void die(int code) {
    printf("dying with %d\n", code);
    exit(code);
}

noreturn static void die2(int code) { die(code + 1); }

__attribute__((__noreturn__)) static void die3(int code) { die2(code + 1); }

static int checked_div(int a, int b) {
    if (b == 0) die3(40);
    return a / b;
}

int main(void) {
    atexit(report);
    for (int i = 5; i >= 0; i--) {
        stage = i;
        printf("%d\n", checked_div(100, i));
    }
    printf("unreachable\n");
    return 0;
}
