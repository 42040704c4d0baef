// covers: string literals with embedded NUL bytes and explicit lengths (sizeof vs strlen), fwrite of buffers containing NULs (printed as escaped bytes), memchr/memcmp across NULs, char arrays holding multiple NUL-separated strings (double-NUL terminated lists)
#include <stdio.h>
#include <string.h>

static void show(const char *s, size_t n) {
    putchar('[');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\0') printf("\\0");
        else putchar(s[i]);
    }
    printf("] len=%zu strlen=%zu\n", n, strlen(s));
}

int main(void) {
    const char a[] = "abc\0def";
    show(a, sizeof a - 1);
    const char b[] = "\0leading";
    show(b, sizeof b - 1);
    const char list[] = "alpha\0beta\0gamma\0";
    int count = 0;
    for (const char *p = list; *p; p += strlen(p) + 1) { printf("%s ", p); count++; }
    printf("%d %zu\n", count, sizeof list);
    const char *nul = memchr(a, '\0', sizeof a);
    printf("%td\n", nul - a);
    printf("%d %d\n", memcmp("ab\0x", "ab\0y", 4) < 0, strcmp("ab\0x", "ab\0y"));
    char buf[16];
    memcpy(buf, "x\0y\0z", 6);
    show(buf, 5);
    const char *second = memchr(a, 'd', sizeof a);
    printf("%s\n", second);
    char data[] = {'h', 'i', 0, 'x', 0};
    printf("%zu %zu %s\n", sizeof data, strlen(data), data + 3);
    fwrite("raw\0bytes\n", 1, 10, stdout);
    return 0;
}
