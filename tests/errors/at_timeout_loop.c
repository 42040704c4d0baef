// expect: 19: compile-time call `spin` did not finish within 1 s
// expect: 20: the JIT's code runs again after the timeout: 1
// cir-flags: --ct-timeout 1
#include <cir.h>

static volatile int sink;

/* An endless loop in compiled code (the volatile keeps it). */
static int spin(void)
{
    for (;;)
        sink++;
    return 0;
}

/* Calls after a stopped one still run (the stopped code is made runnable again). */
static int after(void) { cir_warn("the JIT's code runs again after the timeout: %d", sink > 0); return 0; }

int x = @spin();
int y = @after();
