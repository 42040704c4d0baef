// expect: 17: compile-time call `nap` did not finish within 1 s
// expect: 18: after the timeout
// cir-flags: --ct-timeout 1
#include <unistd.h>
#include <cir.h>

/* Nearly always blocked inside libc. */
static int nap(void)
{
    for (;;)
        sleep(1);
    return 0;
}

static int after(void) { cir_warn("after the timeout"); return 0; }

int x = @nap();
int y = @after();
