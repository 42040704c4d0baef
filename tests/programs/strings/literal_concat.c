// covers: adjacent string literal concatenation (incl. across lines and with macros, stringification #, token pasting used to form names), concatenation with escapes splitting hex escapes ("\x4" "1"), sizeof of concatenated literals, concatenation of wide literals
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define VERSION_MAJOR 3
#define VERSION_MINOR 14
#define VERSION XSTR(VERSION_MAJOR) "." XSTR(VERSION_MINOR)
#define GREET(name) "Hello, " name "!"
#define CAT(a, b) a##b

int main(void) {
    const char *s = "one" "two" "three";
    printf("%s %zu\n", s, strlen(s));
    const char *multi = "this is a "
                        "string spread "
                        "over lines";
    printf("%s\n", multi);
    printf("%s\n", VERSION);
    printf("%s\n", GREET("world"));
    printf("%s\n", STR(a + b == c));
    printf("%s\n", XSTR(__LINE__));
    const char hexsplit[] = "\x4" "1";          /* two chars: 0x04 and '1' */
    printf("%zu %d %d\n", sizeof hexsplit, hexsplit[0], hexsplit[1]);
    const char octsplit[] = "\1" "23";
    printf("%zu %d %d %d\n", sizeof octsplit, octsplit[0], octsplit[1], octsplit[2]);
    printf("%zu\n", sizeof("ab" "cd" "" "ef"));
    int CAT(my, var) = 42;
    printf("%d\n", myvar);
    const wchar_t *w = L"wide" L" and " L"wider";
    printf("%zu\n", wcslen(w));
    const wchar_t *mixed = L"mix" "ed";        /* narrow concatenated to wide */
    printf("%zu %d\n", wcslen(mixed), (int)mixed[4]);
    printf("%s\n", "tab\t" "newline-free" "\x21");
    printf("%s\n", STR(  spaced    tokens  ));
    printf("%s\n", STR("quoted" 'c'));
    return 0;
}
