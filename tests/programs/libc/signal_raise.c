// covers: signal() and sigaction() installing handlers, raise() delivering SIGUSR1/SIGUSR2/SIGTERM synchronously, volatile sig_atomic_t flags set in handlers, SIG_IGN ignoring a raised signal, restoring SIG_DFL, sigprocmask blocking and pending delivery on unblock, handler receiving signal number
#include <stdio.h>
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t got_usr1, got_usr2, last_sig, count;

static void h1(int sig) { got_usr1++; last_sig = sig; count++; }
static void h2(int sig) { got_usr2++; last_sig = sig; count++; }

int main(void) {
    signal(SIGUSR1, h1);
    raise(SIGUSR1);
    raise(SIGUSR1);
    printf("usr1=%d last=%d\n", (int)got_usr1, (int)(last_sig == SIGUSR1));
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h2;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR2);
    printf("usr2=%d last=%d\n", (int)got_usr2, (int)(last_sig == SIGUSR2));
    signal(SIGTERM, SIG_IGN);
    raise(SIGTERM);
    printf("survived ignored SIGTERM\n");
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    raise(SIGUSR1);
    printf("blocked: usr1=%d\n", (int)got_usr1);
    sigset_t pend;
    sigpending(&pend);
    printf("pending=%d\n", sigismember(&pend, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("unblocked: usr1=%d\n", (int)got_usr1);
    struct sigaction cur;
    sigaction(SIGUSR2, NULL, &cur);
    printf("handler is h2: %d\n", cur.sa_handler == h2);
    signal(SIGUSR1, SIG_DFL);
    printf("total handled %d\n", (int)count);
    return 0;
}
