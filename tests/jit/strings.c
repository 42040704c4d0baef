/* String literals: concatenation, escapes, embedded NUL, char arrays initialized from
 * literals (exact size and padding), identical literals, wide strings, string functions. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <wchar.h>

static const char *greet(int i)
{
    static const char *const g[] = { "hello", "world", "hello" "world" };
    return g[i];
}

int main(void)
{
    const char *s = "abc" "def" "\x41\102\n";
    printf("%s", s);
    printf("len %zu %zu\n", strlen(s), sizeof("abc" "def"));
    char esc[] = "tab\there \"quoted\" back\\slash \a\b\f\v\r\?\'";
    printf("esc %zu", sizeof esc);
    for (size_t i = 0; i < sizeof esc; i++)
        printf(" %d", esc[i]);
    printf("\n");
    char nul[] = "ab\0cd";
    printf("nul %zu %zu %s %s\n", sizeof nul, strlen(nul), nul, nul + 3);
    char pad[10] = "xy";
    printf("pad");
    for (int i = 0; i < 10; i++)
        printf(" %d", pad[i]);
    printf("\n");
    char exact[3] = "xyz"; /* no terminating NUL */
    printf("exact %c%c%c %zu\n", exact[0], exact[1], exact[2], sizeof exact);
    printf("greet %s %s %s %c\n", greet(0), greet(1), greet(2), "literal"[3]);

    char buf[64];
    strcpy(buf, "The quick");
    strcat(buf, " brown fox");
    printf("%s %zu %d %d %d\n", buf, strlen(buf), strcmp(buf, "The") > 0, strncmp(buf, "The q", 5), strcmp("a", "b") < 0);
    char *sp = strchr(buf, 'q'), *rp = strrchr(buf, 'o');
    printf("chr %s | %s | %s\n", sp, rp, strstr(buf, "brown"));
    for (char *c = buf; *c; c++)
        *c = (char)toupper((unsigned char)*c);
    printf("upper %s\n", buf);
    memmove(buf + 4, buf, 10);
    buf[14] = 0;
    printf("memmove %s\n", buf);
    char dup[16];
    memset(dup, 'z', sizeof dup);
    memcpy(dup, "copied", 7);
    printf("memcpy %s %d\n", dup, memcmp(dup, "copiee", 6) < 0);

    const wchar_t *w = L"wide\x263A";
    printf("wide %zu %d %d\n", wcslen(w), (int)w[0], (int)w[4]);
    const char *u8 = u8"caf\u00e9";
    printf("u8 %zu %s\n", strlen(u8), u8);
    const char *multi = "line1\n"
                        "line2\n";
    fputs(multi, stdout);
    printf("%c%c%c\n", 'a', '\n' + 'A' - 10, '\x7e');
    printf("char consts %d %d %d %d\n", 'a', '\0', '\377', (unsigned char)'\377');
    return 0;
}
