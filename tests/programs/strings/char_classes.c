// covers: ctype.h classification (isalpha isdigit isalnum isspace isupper islower ispunct isxdigit iscntrl isprint isgraph isblank) over all 0..127 and some high bytes (C locale), toupper/tolower, case conversion of strings, counting character classes
#include <stdio.h>
#include <ctype.h>

int main(void) {
    int counts[12] = {0};
    for (int c = 0; c < 256; c++) {
        counts[0] += isalpha(c) != 0;
        counts[1] += isdigit(c) != 0;
        counts[2] += isalnum(c) != 0;
        counts[3] += isspace(c) != 0;
        counts[4] += isupper(c) != 0;
        counts[5] += islower(c) != 0;
        counts[6] += ispunct(c) != 0;
        counts[7] += isxdigit(c) != 0;
        counts[8] += iscntrl(c) != 0;
        counts[9] += isprint(c) != 0;
        counts[10] += isgraph(c) != 0;
        counts[11] += isblank(c) != 0;
    }
    for (int i = 0; i < 12; i++) printf("%d ", counts[i]);
    printf("\n");
    const char *s = "Hello, World! 123 tabs\there_and-THERE.";
    char up[64], low[64];
    int i;
    for (i = 0; s[i]; i++) { up[i] = (char)toupper((unsigned char)s[i]); low[i] = (char)tolower((unsigned char)s[i]); }
    up[i] = low[i] = 0;
    printf("%s\n%s\n", up, low);
    int letters = 0, digits = 0, spaces = 0, punct = 0;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalpha(c)) letters++;
        else if (isdigit(c)) digits++;
        else if (isspace(c)) spaces++;
        else if (ispunct(c)) punct++;
    }
    printf("%d %d %d %d\n", letters, digits, spaces, punct);
    printf("%d %d %d\n", toupper('z'), tolower('Q'), toupper('5'));
    printf("%d %d\n", isalpha(0xe9) != 0, toupper(0xe9));
    char title[] = "the great gatsby";
    int new_word = 1;
    for (char *p = title; *p; p++) {
        if (isspace((unsigned char)*p)) new_word = 1;
        else if (new_word) { *p = (char)toupper((unsigned char)*p); new_word = 0; }
    }
    printf("%s\n", title);
    return 0;
}
