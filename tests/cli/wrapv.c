/* Under --wrapv (gcc's -fwrapv) signed int arithmetic wraps in compile-time code too: the loop
 * optimizations must not assume `i + 100` cannot overflow. */
#include <limits.h>
#include <stdio.h>
#ifdef NATIVE
#define AT(x) x
#else
#define AT(x) @x
#endif

static unsigned char table[256];

static long walk(void)
{
    for (int k = 0; k < 256; k++)
        table[k] = (unsigned char)(k * 7 + 3);
    long s = 0;
    for (int i = INT_MAX - 50; i != INT_MAX - 10; i++) {
        int idx = i + 100; /* wraps to INT_MIN + 49 ... */
        s = s * 5 + table[idx - INT_MIN];
    }
    return s;
}

int main(void)
{
    printf("%ld\n", AT(walk()));
    return 0;
}
