// expect: 8: compile-time call `wait_for_signal` did not finish within 1 s
// cir-flags: --ct-timeout 1
#include <unistd.h>

/* Returns when a signal interrupts it: past the limit, that is still a timeout. */
static int wait_for_signal(void) { pause(); return 0; }

int x = @wait_for_signal();
