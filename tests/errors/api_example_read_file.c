// expect: 26: failed to open no/such/file.txt
/* The readFile of examples/read_file.c: a file that cannot be opened stops the compilation,
 * with cir_fatal's message at the `@` call. */
#include <stdio.h>
#include <stdlib.h>
#include <cir.h>

static CirCodeId readFile(char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        cir_fatal("failed to open %s", path);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buffer = malloc(len + 1);
    if (fread(buffer, 1, len, f) != (size_t)len)
        cir_fatal("failed to read %s", path);
    fclose(f);
    return CirCode_ofExpr(CirValue_ofString(buffer, len + 1));
}

int main(void)
{
    puts("the file:");
    puts(@readFile("no/such/file.txt"));
    return 0;
}
