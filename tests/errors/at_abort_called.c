// expect: 7: compile-time code crashed: abort
#include <stdio.h>
#include <stdlib.h>

static int stop(void) { abort(); }

int main(void) { printf("%d\n", @stop()); return 0; }
