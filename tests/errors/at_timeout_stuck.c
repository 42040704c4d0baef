// expect: 17: compile-time call `stuck` did not finish within 1 s
// expect: 17: it could not be stopped safely
// cir-flags: --ct-timeout 1
#include <pthread.h>

/* Waits forever inside libc (which retries the lock after every signal): cir cannot stop the
   call without risking its own state, so it reports it and ends. */
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static int stuck(void)
{
    pthread_mutex_lock(&m);
    pthread_mutex_lock(&m);
    return 0;
}

int x = @stuck();
