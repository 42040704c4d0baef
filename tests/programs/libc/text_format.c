// covers: text formatting program: word wrapping to a column width, full justification with distributed spaces, centering, right alignment, hyphen-free greedy fill, paragraph splitting on blank lines, line numbering with %*d
#include <stdio.h>
#include <string.h>

static const char *TEXT =
    "C is a general-purpose computer programming language. It was created in the 1970s by Dennis Ritchie, "
    "and remains very widely used and influential. By design, C's features cleanly reflect the capabilities "
    "of the targeted CPUs.\n\n"
    "It has found lasting use in operating systems, device drivers, and protocol stacks, but its use in "
    "application software has been decreasing.";

static int split_words(const char *para, size_t len, char words[][32]) {
    int n = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && para[i] == ' ') i++;
        size_t s = i;
        while (i < len && para[i] != ' ') i++;
        if (i > s) { size_t l = i - s < 31 ? i - s : 31; memcpy(words[n], para + s, l); words[n][l] = 0; n++; }
    }
    return n;
}

static void emit(char words[][32], int from, int to, int width, int justify, int last, int *lineno) {
    int chars = 0;
    for (int i = from; i < to; i++) chars += (int)strlen(words[i]);
    int gaps = to - from - 1;
    char line[128];
    int pos = 0;
    if (justify == 1 && !last && gaps > 0) {
        int spaces = width - chars;
        for (int i = from; i < to; i++) {
            pos += sprintf(line + pos, "%s", words[i]);
            if (i < to - 1) {
                int g = spaces / gaps + ((i - from) < spaces % gaps ? 1 : 0);
                for (int k = 0; k < g; k++) line[pos++] = ' ';
            }
        }
        line[pos] = 0;
    } else {
        for (int i = from; i < to; i++) pos += sprintf(line + pos, i > from ? " %s" : "%s", words[i]);
    }
    (*lineno)++;
    if (justify == 2) printf("%*d |%*s%s|\n", 3, *lineno, (width - pos) / 2, "", line);
    else if (justify == 3) printf("%*d |%*s|\n", 3, *lineno, width, line);
    else printf("%*d |%-*s|\n", 3, *lineno, width, line);
}

static void format(int width, int justify) {
    char words[128][32];
    int lineno = 0;
    const char *p = TEXT;
    while (*p) {
        const char *end = strstr(p, "\n\n");
        size_t len = end ? (size_t)(end - p) : strlen(p);
        int n = split_words(p, len, words);
        int start = 0, cur = 0;
        for (int i = 0; i < n; i++) {
            int wl = (int)strlen(words[i]);
            if (i > start && cur + 1 + wl > width) { emit(words, start, i, width, justify, 0, &lineno); start = i; cur = 0; }
            cur += (i > start ? 1 : 0) + wl;
        }
        if (start < n) emit(words, start, n, width, justify, 1, &lineno);
        p += len;
        if (*p) { p += 2; printf("    |%*s|\n", width, ""); }
    }
}

int main(void) {
    const char *modes[] = {"left", "justify", "center", "right"};
    int widths[] = {40, 32, 50, 28};
    for (int m = 0; m < 4; m++) {
        printf("== %s %d ==\n", modes[m], widths[m]);
        format(widths[m], m);
    }
    return 0;
}
