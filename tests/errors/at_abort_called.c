// expect: 8: compile-time call `stop` crashed: abort
// cir-flags: --ct-timeout 1
#include <stdio.h>
#include <stdlib.h>

static int stop(void) { abort(); }

int main(void) { printf("%d\n", @stop()); return 0; }
