// expect: 7: compile-time code called `exit(3)`
#include <stdio.h>
#include <stdlib.h>

static int quit(void) { exit(3); }

int main(void) { printf("%d\n", @quit()); return 0; }
