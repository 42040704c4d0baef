/* A CRC-32 lookup table computed at compile time.
 *
 * `@defineCrcTable("crc32_table", 0xEDB88320);` computes the 256 entries of the table for the
 * reflected CRC-32 polynomial (the one of zlib, PNG, Ethernet) inside the compiler, and adds
 *
 *     static const unsigned int crc32_table[256] = { 0x00000000, 0x77073096, ... };
 *
 * to the program with CirQ_decls. The program then uses it like a hand-written table. */
// out: crc32("123456789") = cbf43926
// out: crc32("The quick brown fox jumps over the lazy dog") = 414fa339
// out: crc32_table[1] = 77073096, crc32_table[255] = 2d02ef8d
// rendered: 1996959894U
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cir.h>

static void defineCrcTable(const char *name, unsigned int poly)
{
    char *text;
    size_t size;
    FILE *f = open_memstream(&text, &size);
    fprintf(f, "static const unsigned int %%n[256] = {");
    for (unsigned int n = 0; n < 256; n++) {
        unsigned long c = n;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? poly ^ (c >> 1) : c >> 1;
        fprintf(f, "%s0x%08lx", n == 0 ? "\n    " : n % 8 ? ", " : ",\n    ", c);
    }
    fprintf(f, "\n};\n");
    fclose(f);
    CirQ_decls(text, CirName_of(name));   /* %n: the table's name */
    free(text);
}

@defineCrcTable("crc32_table", 0xEDB88320);

static unsigned int crc32(const char *s)
{
    unsigned int c = 0xFFFFFFFF;
    for (size_t i = 0; i < strlen(s); i++)
        c = crc32_table[(c ^ (unsigned char)s[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFF;
}

int main(void)
{
    printf("crc32(\"123456789\") = %08x\n", crc32("123456789"));
    printf("crc32(\"The quick brown fox jumps over the lazy dog\") = %08x\n",
           crc32("The quick brown fox jumps over the lazy dog"));
    printf("crc32_table[1] = %08x, crc32_table[255] = %08x\n", crc32_table[1], crc32_table[255]);
    return 0;
}
