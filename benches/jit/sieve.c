/* Sieve of Eratosthenes up to 10^7 on a malloc'd char array: the number of primes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench.h"

#define LIMIT 10000000L

static long count_primes(long n)
{
    char *composite = malloc(n + 1);
    if (!composite)
        return -1;
    memset(composite, 0, n + 1);
    for (long i = 2; i * i <= n; i++)
        if (!composite[i])
            for (long j = i * i; j <= n; j += i)
                composite[j] = 1;
    long count = 0;
    for (long i = 2; i <= n; i++)
        if (!composite[i])
            count++;
    free(composite);
    return count;
}

static long kernel(void)
{
    if (SKIP)
        return 0;
    return count_primes(LIMIT);
}

int main(void)
{
    printf("%ld\n", AT(kernel()));
    return 0;
}
