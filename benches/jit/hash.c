/* String hashing: 10^7 generated keys ("user:<number>"), each hashed with FNV-1a (64-bit) and
 * djb2; returns the combined hash. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "bench.h"

#define KEYS 10000000UL

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static uint32_t djb2(const char *s)
{
    uint32_t h = 5381;
    int c;
    while ((c = (unsigned char)*s++) != 0)
        h = h * 33 + (uint32_t)c;
    return h;
}

/* writes "user:" and the decimal digits of v into buf; returns the length */
static size_t make_key(char *buf, unsigned long v)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    memcpy(buf, "user:", 5);
    for (int k = 0; k < n; k++)
        buf[5 + k] = digits[n - 1 - k];
    buf[5 + n] = '\0';
    return (size_t)(5 + n);
}

static long kernel(void)
{
    if (SKIP)
        return 0;
    char key[32];
    uint64_t acc = 0;
    for (unsigned long i = 0; i < KEYS; i++) {
        size_t len = make_key(key, i * 2654435761UL % 1000000007UL);
        acc = (acc ^ fnv1a(key, len)) * 31 + djb2(key);
    }
    return (long)acc;
}

int main(void)
{
    printf("%ld\n", AT(kernel()));
    return 0;
}
