// covers: sorting arrays of strings with qsort+strcmp, case-insensitive ordering, natural ordering of embedded numbers, strcoll and strxfrm in the C locale, comparing prefixes, binary search over sorted strings, stable dedup of sorted strings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int cmpi(const void *a, const void *b) { return strcasecmp(*(char *const *)a, *(char *const *)b); }
static int natural(const void *pa, const void *pb) {
    const char *a = *(char *const *)pa, *b = *(char *const *)pb;
    while (*a && *b) {
        if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
            long x = strtol(a, (char **)&a, 10), y = strtol(b, (char **)&b, 10);
            if (x != y) return x < y ? -1 : 1;
        } else {
            if (*a != *b) return (unsigned char)*a - (unsigned char)*b;
            a++; b++;
        }
    }
    return (unsigned char)*a - (unsigned char)*b;
}

int main(void) {
    const char *words[] = {"pear", "Apple", "banana", "apple", "Cherry", "date", "Banana", "pear", "apple"};
    int n = 9;
    const char *w[9];
    memcpy(w, words, sizeof w);
    qsort(w, n, sizeof w[0], cmp);
    for (int i = 0; i < n; i++) printf("%s ", w[i]);
    printf("\n");
    qsort(w, n, sizeof w[0], cmpi);
    for (int i = 0; i < n; i++) printf("%s ", w[i]);
    printf("\n");
    qsort(w, n, sizeof w[0], cmp);
    int m = 0;
    for (int i = 0; i < n; i++) if (m == 0 || strcmp(w[m - 1], w[i]) != 0) w[m++] = w[i];
    for (int i = 0; i < m; i++) printf("%s ", w[i]);
    printf("(%d)\n", m);
    const char *key = "date";
    const char **hit = bsearch(&key, w, m, sizeof w[0], cmp);
    printf("%s\n", hit ? *hit : "none");
    const char *files[] = {"file10.txt", "file2.txt", "file1.txt", "file20.txt", "file3.txt", "file100.txt"};
    qsort(files, 6, sizeof files[0], natural);
    for (int i = 0; i < 6; i++) printf("%s ", files[i]);
    printf("\n");
    printf("%d %d\n", strcoll("abc", "abd") < 0, strcoll("b", "a") > 0);
    char xf[32];
    size_t xl = strxfrm(xf, "transform", sizeof xf);
    printf("%zu %s\n", xl, xf);
    printf("%d %d\n", strncmp("prefix_match", "prefix", 6), strncmp("pre", "prefix", 6) < 0);
    return 0;
}
