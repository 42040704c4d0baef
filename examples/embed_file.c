/* Embed a file's bytes in the program at compile time (like C23's #embed, or `xxd -i`).
 *
 * `@embedFile("logo", "logo.txt");` reads logo.txt while compiling and adds
 *
 *     static const unsigned char logo[] = { 0x20, 0x20, 0x20, 0x5f, ... };
 *
 * to the program: any bytes (not only text), no terminating NUL, and `sizeof logo` is the file's
 * size. The path is relative to the directory cir runs in. */
// out: logo.txt: 51 bytes, 4 lines
// out:    ___ _ __
// out:   / __| | '__|
// out:  | (__| | |
// out:   \___|_|_|
// rendered: [3] = ((unsigned char)95)
#include <stdio.h>
#include <stdlib.h>
#include <cir.h>

static void embedFile(const char *name, const char *path)
{
    FILE *in = fopen(path, "rb");
    if (!in)
        cir_fatal("embedFile: failed to open %s", path);

    /* The declaration as C text, with a %n hole for its name. */
    char *text;
    size_t size;
    FILE *out = open_memstream(&text, &size);
    fprintf(out, "static const unsigned char %%n[] = {");
    long n = 0;
    for (int c; (c = fgetc(in)) != EOF; n++)
        fprintf(out, "%s0x%02x", n == 0 ? "\n    " : n % 12 ? ", " : ",\n    ", c);
    fprintf(out, "\n};\n");
    fclose(out);
    fclose(in);
    if (n == 0)
        cir_fatal("embedFile: %s is empty (C has no empty arrays)", path);

    CirQ_decls(text, CirName_of(name));
    free(text);
}

@embedFile("logo", "logo.txt");

int main(void)
{
    int lines = 0;
    for (size_t i = 0; i < sizeof logo; i++)
        lines += logo[i] == '\n';
    printf("logo.txt: %zu bytes, %d lines\n", sizeof logo, lines);
    fwrite(logo, 1, sizeof logo, stdout);
    return 0;
}
