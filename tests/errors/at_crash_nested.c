// expect: 9: compile-time call `inner` crashed: segmentation fault
// cir-flags: --ct-timeout 1

/* The call that crashes is named, at its own line. */
static int inner(int x) { int *volatile p = 0; return *p + x; }
static int outer(int y) { return y + 1; }

int v = @outer(
    @inner(3));
