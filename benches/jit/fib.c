/* Naive doubly recursive fib(38). */
#include <stdio.h>
#include "bench.h"

static long fib(int n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static long kernel(void)
{
    if (SKIP)
        return 0;
    return fib(38);
}

int main(void)
{
    printf("%ld\n", AT(kernel()));
    return 0;
}
