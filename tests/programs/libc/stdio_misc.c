// covers: stdio output functions: puts, fputs, putchar, fputc, putc, fwrite to stdout, printf return values, setvbuf with full buffering on stdout, fprintf(stdout), printf with %n-free counting, sprintf into buffers, stderr-free, fflush(stdout), stdout via fileno
#include <stdio.h>
#include <string.h>

int main(void) {
    static char vbuf[4096];
    setvbuf(stdout, vbuf, _IOFBF, sizeof vbuf);
    int n = printf("hello %s\n", "world");
    printf("printf returned %d\n", n);
    n = puts("puts adds a newline");
    printf("puts returned nonneg %d\n", n >= 0);
    fputs("fputs does not", stdout);
    fputs(" add newline\n", stdout);
    for (char c = 'a'; c <= 'e'; c++) putchar(c);
    putchar('\n');
    fputc('F', stdout);
    putc('G', stdout);
    putc('\n', stdout);
    const char data[] = "fwrite bytes\n";
    size_t w = fwrite(data, 1, strlen(data), stdout);
    printf("fwrite wrote %zu\n", w);
    n = fprintf(stdout, "%5s|%-5s|%05d\n", "ab", "cd", 42);
    printf("fprintf returned %d\n", n);
    fflush(stdout);
    printf("fileno(stdout)=%d\n", fileno(stdout));
    n = printf("%s", "");
    printf("empty printf returned %d\n", n);
    char line[80];
    int len = snprintf(line, sizeof line, "%-10s%10s", "left", "right");
    printf("[%s] %d\n", line, len);
    for (int i = 0; i < 3; i++) printf("%d%s", i, i < 2 ? ", " : "\n");
    return 0;
}
