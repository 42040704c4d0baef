/* Hostile: allocate and touch 10 GiB (in 64 MiB pieces, so every page is really used), then
 * 10 GiB at once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int attack(void)
{
    unsigned long piece = 64UL << 20, total = 0;
    while (total < (10UL << 30)) {
        char *p = malloc(piece);
        if (!p)
            break;
        memset(p, 1, piece);
        total += piece;
    }
    char *big = malloc(10UL << 30);
    if (big)
        memset(big, 1, 10UL << 30);
    printf("alloc: touched %lu MiB before malloc failed; malloc(10 GiB) %s\n", total >> 20, big ? "succeeded" : "failed");
    fflush(stdout);
    return total >= (10UL << 30) || big ? 0 : 1;
}

int main(void)
{
    return /*@*/attack();
}
