// expect: 22: compile-time call `deep` crashed: stack overflow (runaway recursion?)
// expect: 23: deep but bounded recursion still works: 200000
// cir-flags: --ct-timeout 1
#include <cir.h>

static volatile int sink;

/* Not a tail call (the JIT turns those into loops): the frames pile up until the stack of
   compile-time code is exhausted. */
static int deep(int n)
{
    int a[8];
    a[n & 7] = n;
    sink = a[(n + 1) & 7];
    return deep(n + 1) - a[n & 7];
}

/* The stack is usable again afterwards. */
static int depth(int n) { int a[8]; a[n & 7] = n; sink = a[0]; return n == 0 ? 0 : 1 + depth(n - 1) + (a[n & 7] - n); }
static int bounded(void) { cir_warn("deep but bounded recursion still works: %d", depth(200000)); return 0; }

int x = @deep(0);
int y = @bounded();
