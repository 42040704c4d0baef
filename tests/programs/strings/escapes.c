// covers: string escapes \a \b \f \n \r \t \v \\ \' \" \? \e (GNU), octal escapes of 1-3 digits (\0 \12 \101 \377), hex escapes (\x41 \xff \x0), escapes printed as byte values, printf of strings with embedded escapes, trigraph-free ??
#pragma GCC diagnostic ignored "-Wformat-security"
#include <stdio.h>
#include <string.h>

static void dump(const char *label, const char *s, size_t n) {
    printf("%s:", label);
    for (size_t i = 0; i < n; i++) printf(" %d", (unsigned char)s[i]);
    printf("\n");
}

int main(void) {
    const char simple[] = "\a\b\f\n\r\t\v\\\'\"\?\e";
    dump("simple", simple, sizeof simple);
    const char oct[] = "\0\1\12\101\177\200\377\0101";
    dump("oct", oct, sizeof oct);
    const char hex[] = "\x0\x1\x41\x7f\x80\xff\xAb" "c";
    dump("hex", hex, sizeof hex);
    printf("%zu %zu\n", strlen(oct), strlen(hex));
    printf("quote: \"inner\" 'single' back\\slash\n");
    printf("question?\?! marks?\?=\n");
    printf("%s|\n", "col1\tcol2\tcol3");
    char buf[32];
    snprintf(buf, sizeof buf, "a\tb\\n%c", '\x5a');
    dump("buf", buf, strlen(buf));
    const char *path = "C:\\dir\\file.txt";
    printf("%s %zu\n", path, strlen(path));
    printf("%c%c%c%c\n", '\x48', '\151', '\x21', '\n');
    const char percent[] = "100%% done";
    printf(percent);
    printf("\n");
    return 0;
}
