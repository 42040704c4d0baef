/* CRC-32 with a 256-entry table that an @ call computes while compiling. */
#include <stdio.h>
#include <stdlib.h>
#include <cir.h>
#include "util.h"

static void crcTable(const char *name)
{
    char *text;
    size_t size;
    FILE *f = open_memstream(&text, &size);
    fprintf(f, "static const unsigned int %%n[256] = {");
    for (unsigned int n = 0; n < 256; n++) {
        unsigned int c = n;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        fprintf(f, "%s0x%08x", n ? ", " : "", c);
    }
    fprintf(f, "};\n");
    fclose(f);
    CirQ_decls(text, CirName_of(name));
    free(text);
}

@crcTable("table");

unsigned int crc32(const void *data, size_t n)
{
    const unsigned char *p = data;
    unsigned int c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++)
        c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}
