// covers: character constants incl. simple escapes, octal and hex escapes, '\0', '\'', '\\', '\"', '\?', multi-char constants (gcc value), wide character constants L'x', u'x', U'x', char constant type int
#pragma GCC diagnostic ignored "-Wmultichar"
#include <stdio.h>
#include <wchar.h>
#include <uchar.h>

int main(void) {
    printf("%d %d %d %d %d %d %d\n", '\a', '\b', '\f', '\n', '\r', '\t', '\v');
    printf("%d %d %d %d %d\n", '\0', '\'', '\\', '\"', '\?');
    printf("%d %d %d\n", '\x41', '\101', '\x7f');
    printf("%d %d\n", '\377', '\xff');         /* char is signed on x86-64: -1 */
    printf("%d %d %d\n", '\1', '\12', '\123');
    printf("%d\n", '"');
    printf("%d %d\n", 'A', 'z');
    printf("%d\n", (int)sizeof('a'));
    printf("%d\n", 'ab');
    printf("%d\n", 'abcd');
    printf("%x\n", (unsigned)'\x12\x34');
    printf("%d %d %d\n", (int)L'A', (int)u'B', (int)U'C');
    printf("%d\n", (int)L'\x263a');
    printf("%u\n", (unsigned)U'\U0001F600');
    printf("%d\n", (int)u'\u00e9');
    printf("%d %d\n", (int)sizeof(L'a'), (int)sizeof(u'a'));
    wchar_t wc = L'\xff';
    printf("%d\n", (int)wc);
    char16_t c16 = u'\xffff';
    char32_t c32 = U'\xfffff';
    printf("%d %u\n", (int)c16, (unsigned)c32);
    unsigned char uc = '\xff';
    printf("%d\n", uc);
    const char esc[] = {'\a', '\b', '\t', '\n', '\v', '\f', '\r', '\e', 0};
    for (int i = 0; esc[i]; i++) printf("%d,", esc[i]);
    printf("\n");
    int sum = 0;
    for (char c = 'a'; c <= 'z'; c++) sum += c - 'a' + 1;
    printf("%d\n", sum);
    printf("%c%c%c\n", '\x48', '\151', '\41');
    return 0;
}
