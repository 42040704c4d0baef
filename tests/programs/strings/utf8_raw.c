// covers: non-ASCII bytes as raw UTF-8 in source ("héllo", "日本", "€") and the same written as \x escapes, byte lengths via strlen/sizeof, decoding UTF-8 to code points by hand, u8"" literals, '\xff' char constants, comparing raw vs escaped literals
#include <stdio.h>
#include <string.h>

static int decode(const unsigned char *s, unsigned *out) {
    int n = 0;
    while (*s) {
        unsigned c = *s;
        int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        unsigned cp = len == 1 ? c : len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
        for (int i = 1; i < len; i++) cp = (cp << 6) | (s[i] & 0x3f);
        out[n++] = cp;
        s += len;
    }
    return n;
}

int main(void) {
    const char *raw = "héllo";
    const char *esc = "h\xc3\xa9llo";
    printf("%s %zu %d\n", raw, strlen(raw), strcmp(raw, esc));
    const char jp[] = "日本語";
    printf("%s %zu\n", jp, sizeof jp);
    const char *euro = "€";
    for (const char *p = euro; *p; p++) printf("%02x ", (unsigned char)*p);
    printf("\n");
    unsigned cps[32];
    int n = decode((const unsigned char *)"aé€😀日", cps);
    for (int i = 0; i < n; i++) printf("U+%04X ", cps[i]);
    printf("\n");
    const char *u8 = u8"ü8 literal";
    printf("%s %zu\n", u8, strlen(u8));
    char c = '\xff';
    unsigned char uc = (unsigned char)'\xe9';
    printf("%d %d\n", c, uc);
    const char mixed[] = "caf\xc3\xa9 ☕";
    printf("%s %zu\n", mixed, strlen(mixed));
    int high = 0;
    for (const char *p = mixed; *p; p++) high += (*p & 0x80) != 0;
    printf("%d\n", high);
    printf("%d\n", (unsigned char)"ß"[0]);
    return 0;
}
