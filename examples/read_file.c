/* Seed example 3: read a file at compile time and embed its text in the program.
 *
 * readFile runs inside the compiler: it reads the whole file with ordinary stdio and returns a
 * code whose value is a string literal holding the bytes. `puts(@readFile("fileToBeRead.txt"))`
 * becomes `puts("This text was read ...")`: the built program does not open any file.
 * The path is relative to the directory cir runs in. */
// out: This text was read from fileToBeRead.txt at compile time.
// out: It is part of the program now: the file is not needed at run time.
// out:
// rendered: puts("This text was read from fileToBeRead.txt at compile time.\nIt is part
#include <stdio.h>
#include <stdlib.h>
#include <cir.h>

static CirCodeId readFile(char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        cir_fatal("failed to open %s", path);   /* stops the compilation, reported at the @ call */
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buffer = malloc(len + 1);
    if (fread(buffer, 1, len, f) != (size_t)len)
        cir_fatal("failed to read %s", path);
    fclose(f);
    buffer[len] = '\0';
    /* len + 1 bytes: the string literal keeps its terminating NUL. The bytes are copied. */
    CirCodeId code = CirCode_ofExpr(CirValue_ofString(buffer, len + 1));
    free(buffer);
    return code;
}

int main(void)
{
    puts(@readFile("fileToBeRead.txt"));
    return 0;
}
