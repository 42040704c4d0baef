// expect: 13: compile-time call `boom` crashed: segmentation fault
// expect: 14: still working after the crash: 42
// expect: 15: use of undeclared identifier `nowhere`
// cir-flags: --ct-timeout 1
#include <cir.h>

/* After a contained crash the compiler goes on: later calls run, with the globals compile-time
   code left, and later errors are reported. */
static int counter;
static int boom(void) { counter = 41; int *volatile p = 0; return *p; }
static int works(void) { cir_warn("still working after the crash: %d", counter + 1); return counter; }

int a = @boom();
int b = @works();
int c = nowhere;
