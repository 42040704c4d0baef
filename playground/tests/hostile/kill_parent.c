/* Hostile: kills its parent, every process it can, and pid 1. */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static int attack(void)
{
    int a = kill(getppid(), SIGKILL);
    int b = kill(-1, SIGKILL);
    int c = kill(1, SIGKILL);
    printf("kill: still alive (%d %d %d)\n", a, b, c);
    fflush(stdout);
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
