// covers: switch on a computed string hash with case labels that are integer constant expressions built from character constants (macro-generated), collision checking with strcmp after switch, switch returning from within cases, default case with fallthrough logic
#include <stdio.h>
#include <string.h>

#define H1(a) ((unsigned)(a))
#define H2(a, b) (H1(a) * 31u + (unsigned)(b))
#define H3(a, b, c) (H2(a, b) * 31u + (unsigned)(c))
#define H4(a, b, c, d) (H3(a, b, c) * 31u + (unsigned)(d))
#define H5(a, b, c, d, e) (H4(a, b, c, d) * 31u + (unsigned)(e))

static unsigned hash(const char *s) { unsigned h = 0; int first = 1; for (; *s; s++) { h = first ? (unsigned)*s : h * 31u + (unsigned)*s; first = 0; } return h; }

static int keyword(const char *w) {
    switch (hash(w)) {
    case H2('i', 'f'): return strcmp(w, "if") == 0 ? 1 : 0;
    case H3('f', 'o', 'r'): return strcmp(w, "for") == 0 ? 2 : 0;
    case H4('e', 'l', 's', 'e'): return strcmp(w, "else") == 0 ? 3 : 0;
    case H5('w', 'h', 'i', 'l', 'e'): return strcmp(w, "while") == 0 ? 4 : 0;
    case H3('i', 'n', 't'): return strcmp(w, "int") == 0 ? 5 : 0;
    case H4('c', 'h', 'a', 'r'): return strcmp(w, "char") == 0 ? 6 : 0;
    case H5('b', 'r', 'e', 'a', 'k'): return strcmp(w, "break") == 0 ? 7 : 0;
    default: return 0;
    }
}

int main(void) {
    const char *words[] = {"if", "for", "else", "while", "int", "char", "break", "iff", "x", "fo", "Else", "breaK"};
    int sum = 0;
    for (int i = 0; i < 12; i++) {
        int k = keyword(words[i]);
        printf("%s=%d ", words[i], k);
        sum += k;
    }
    printf("\n%d\n", sum);
    printf("%u %u\n", hash("while"), H5('w', 'h', 'i', 'l', 'e'));
    return 0;
}
