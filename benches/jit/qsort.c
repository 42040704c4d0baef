/* libc qsort of 10^6 LCG-generated ints with a comparator defined here; returns a checksum
 * (sum of a[i]*i mod 2^32), or -1 if the result is not sorted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

#define COUNT 1000000

static int compare_ints(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return (a > b) - (a < b);
}

static long kernel(void)
{
    if (SKIP)
        return 0;
    int *a = malloc(COUNT * sizeof *a);
    if (!a)
        return -1;
    uint32_t x = 42;
    for (int i = 0; i < COUNT; i++) {
        x = x * 1103515245u + 12345u;
        a[i] = (int)(x ^ (x >> 16));
    }
    qsort(a, COUNT, sizeof *a, compare_ints);
    uint32_t sum = 0;
    for (int i = 0; i < COUNT; i++) {
        if (i > 0 && a[i - 1] > a[i]) {
            free(a);
            return -1;
        }
        sum += (uint32_t)a[i] * (uint32_t)i;
    }
    free(a);
    return sum;
}

int main(void)
{
    printf("%ld\n", AT(kernel()));
    return 0;
}
