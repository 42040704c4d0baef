// expect: 7: unresolved symbol `cir_no_such_function`
#include <stdio.h>

int cir_no_such_function(int);
static int use(int x) { return cir_no_such_function(x); }

int main(void) { printf("%d\n", @use(1)); return 0; }
