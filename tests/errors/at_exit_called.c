// expect: 8: compile-time call `quit` called `exit(3)`
// cir-flags: --ct-timeout 1
#include <stdio.h>
#include <stdlib.h>

static int quit(void) { exit(3); }

int main(void) { printf("%d\n", @quit()); return 0; }
