/* CRC-32 (IEEE, reflected, table-driven): build the table, fill 64 MiB with an LCG, checksum it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

#define SIZE ((size_t)64 << 20)

static uint32_t table[256];

static void make_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

static uint32_t crc32(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--)
        c = table[(c ^ *p++) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static void fill(unsigned char *buf, size_t n)
{
    uint32_t x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1664525u + 1013904223u;
        buf[i] = (unsigned char)(x >> 24);
    }
}

static long kernel(void)
{
    if (SKIP)
        return 0;
    unsigned char *buf = malloc(SIZE);
    if (!buf)
        return -1;
    fill(buf, SIZE);
    make_table();
    long crc = crc32(buf, SIZE);
    free(buf);
    return crc;
}

int main(void)
{
    printf("%ld\n", AT(kernel()));
    return 0;
}
