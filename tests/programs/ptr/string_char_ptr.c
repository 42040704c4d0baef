// covers: string manipulation with char pointers: hand-written strlen/strcpy/strcmp/strrev/strstr, in-place modification, tokenizing by pointer scanning, pointer walking backwards, char* to const char*
#include <stdio.h>

static size_t my_strlen(const char *s) { const char *p = s; while (*p) p++; return (size_t)(p - s); }
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) ; return r; }
static int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
static void reverse(char *s) {
    char *e = s + my_strlen(s) - 1;
    while (s < e) { char t = *s; *s++ = *e; *e-- = t; }
}
static const char *my_strstr(const char *h, const char *n) {
    for (; *h; h++) {
        const char *a = h, *b = n;
        while (*a && *b && *a == *b) { a++; b++; }
        if (!*b) return h;
    }
    return *n ? NULL : h;
}
static void to_upper(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s -= 32; }
static int count_words(const char *s) {
    int n = 0, in = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t') in = 0;
        else if (!in) { in = 1; n++; }
    }
    return n;
}

int main(void) {
    char buf[64];
    my_strcpy(buf, "Hello, pointer world");
    printf("%zu %s\n", my_strlen(buf), buf);
    reverse(buf);
    printf("%s\n", buf);
    reverse(buf);
    to_upper(buf);
    printf("%s\n", buf);
    printf("%d %d %d\n", my_strcmp("abc", "abd") < 0, my_strcmp("b", "a") > 0, my_strcmp("same", "same"));
    const char *hay = "the quick brown fox jumps over the lazy dog";
    const char *needles[] = {"fox", "the", "lazy dog", "cat", ""};
    for (int i = 0; i < 5; i++) {
        const char *r = my_strstr(hay, needles[i]);
        printf("[%s] -> %td\n", needles[i], r ? r - hay : -1);
    }
    printf("%d\n", count_words("  several   words\there  and there "));
    char line[] = "key1=val1;key2=val2;;key3=val3";
    char *p = line;
    while (*p) {
        char *start = p;
        while (*p && *p != ';') p++;
        if (*p) *p++ = '\0';
        if (*start) {
            char *eq = start;
            while (*eq && *eq != '=') eq++;
            if (*eq) { *eq = '\0'; printf("%s -> %s\n", start, eq + 1); }
        }
    }
    const char *tail = hay + my_strlen(hay);
    int spaces = 0;
    while (tail > hay && spaces < 3) if (*--tail == ' ') spaces++;
    printf("%s\n", tail + 1);
    return 0;
}
