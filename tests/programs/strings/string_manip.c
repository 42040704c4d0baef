// covers: in-place string algorithms: reverse words, palindrome check ignoring case/punct, run-length encoding/decoding, Caesar/ROT13, trimming whitespace, replacing substrings into a new buffer, counting word frequencies with a small table, exit code = number of distinct words
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static void reverse_range(char *a, char *b) { while (a < b) { char t = *a; *a++ = *b; *b-- = t; } }
static void reverse_words(char *s) {
    reverse_range(s, s + strlen(s) - 1);
    for (char *w = s; *w; ) {
        while (*w == ' ') w++;
        char *e = w;
        while (*e && *e != ' ') e++;
        if (e > w) reverse_range(w, e - 1);
        w = e;
    }
}
static int is_pal(const char *s) {
    const char *a = s, *b = s + strlen(s) - 1;
    while (a < b) {
        if (!isalnum((unsigned char)*a)) { a++; continue; }
        if (!isalnum((unsigned char)*b)) { b--; continue; }
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
        a++; b--;
    }
    return 1;
}
static void rle(const char *s, char *out) {
    while (*s) {
        char c = *s;
        int n = 0;
        while (*s == c) { s++; n++; }
        out += sprintf(out, "%d%c", n, c);
    }
}
static void rot13(char *s) {
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') *s = (char)('a' + (*s - 'a' + 13) % 26);
        else if (*s >= 'A' && *s <= 'Z') *s = (char)('A' + (*s - 'A' + 13) % 26);
    }
}
static char *trim(char *s) {
    while (isspace((unsigned char)*s)) s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1])) *--e = 0;
    return s;
}
static void replace_all(const char *s, const char *from, const char *to, char *out) {
    size_t fl = strlen(from), tl = strlen(to);
    while (*s) {
        if (strncmp(s, from, fl) == 0) { memcpy(out, to, tl); out += tl; s += fl; }
        else *out++ = *s++;
    }
    *out = 0;
}

int main(void) {
    char s1[] = "the sky is  blue";
    reverse_words(s1);
    printf("[%s]\n", s1);
    const char *pals[] = {"A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"};
    for (int i = 0; i < 4; i++) printf("%d", is_pal(pals[i]));
    printf("\n");
    char enc[64];
    rle("aaabccddddde", enc);
    printf("%s\n", enc);
    char r[] = "Hello, World!";
    rot13(r);
    printf("%s ", r);
    rot13(r);
    printf("%s\n", r);
    char padded[] = " \t  trimmed text \n ";
    printf("[%s]\n", trim(padded));
    char out[128];
    replace_all("one fish two fish red fish", "fish", "cat", out);
    printf("%s\n", out);
    const char *text = "a b a c b a d";
    char words[8][4];
    int freq[8] = {0}, nw = 0;
    char copy[32];
    strcpy(copy, text);
    for (char *t = strtok(copy, " "); t; t = strtok(NULL, " ")) {
        int k;
        for (k = 0; k < nw; k++) if (strcmp(words[k], t) == 0) break;
        if (k == nw) strcpy(words[nw++], t);
        freq[k]++;
    }
    for (int k = 0; k < nw; k++) printf("%s=%d ", words[k], freq[k]);
    printf("\n");
    return nw;
}
