// expect: 6: a compile-time call can only produce an integer
#include <stdio.h>

static const char *name(void) { return "x"; }

int main(void) { puts(@name()); return 0; }
