// expect: 15: compile-time call `quotient` crashed: arithmetic exception (integer division by zero)
// expect: 16: compile-time call `overflow` crashed: arithmetic exception (integer overflow in division)
// expect: 17: compile-time call `umod` crashed: arithmetic exception (integer division by zero)
// cir-flags: --ct-timeout 1
#include <limits.h>

/* Through volatiles, so nothing is folded: a division by zero (a trap the JIT emits), the one
   overflowing division (a hardware fault), an unsigned remainder by zero. */
static volatile int zero = 0, minus_one = -1, int_min = INT_MIN;

static int quotient(int x) { return x / zero; }
static int overflow(void) { return int_min / minus_one; }
static unsigned umod(unsigned x) { return x % (unsigned)zero; }

int a = @quotient(1);
int b = @overflow();
unsigned c = @umod(7);
