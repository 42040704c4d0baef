// covers: qsort and bsearch with comparison callbacks on ints, strings (array of char*), structs by multiple keys, descending order, bsearch not-found NULL result; stable tie-breaking by index; nonzero exit code
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct emp { char name[12]; int dept; double salary; int idx; };

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_emp(const void *a, const void *b) {
    const struct emp *x = a, *y = b;
    if (x->dept != y->dept) return x->dept - y->dept;
    if (x->salary != y->salary) return x->salary < y->salary ? 1 : -1;
    return x->idx - y->idx;
}
static int cmp_key_str(const void *key, const void *elem) { return strcmp(key, *(const char *const *)elem); }

int main(void) {
    int a[] = {42, -7, 19, 0, 88, -7, 3, 1000, -250, 19, 5};
    int n = (int)(sizeof a / sizeof a[0]);
    qsort(a, n, sizeof a[0], cmp_int);
    for (int i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    int keys[] = {19, 4, -250, 1000, 1001};
    int found = 0;
    for (int i = 0; i < 5; i++) {
        int *r = bsearch(&keys[i], a, n, sizeof a[0], cmp_int);
        printf("%d:%s ", keys[i], r ? "yes" : "no");
        if (r) found++;
    }
    printf("\n");
    qsort(a, n, sizeof a[0], cmp_int_desc);
    for (int i = 0; i < n; i++) printf("%d ", a[i]);
    printf("\n");
    const char *words[] = {"kiwi", "apple", "mango", "banana", "cherry", "grape", "fig"};
    int nw = 7;
    qsort(words, nw, sizeof words[0], cmp_str);
    for (int i = 0; i < nw; i++) printf("%s ", words[i]);
    printf("\n");
    const char **hit = bsearch("grape", words, nw, sizeof words[0], cmp_key_str);
    printf("%s %td\n", hit ? *hit : "none", hit ? hit - words : -1);
    printf("%s\n", bsearch("zzz", words, nw, sizeof words[0], cmp_key_str) ? "found" : "missing");
    struct emp e[] = {{"ann", 2, 5000, 0}, {"bob", 1, 4000, 1}, {"cy", 2, 7000, 2}, {"di", 1, 4000, 3},
                      {"ed", 3, 1000, 4}, {"flo", 2, 5000, 5}};
    qsort(e, 6, sizeof e[0], cmp_emp);
    for (int i = 0; i < 6; i++) printf("%s/%d/%.0f ", e[i].name, e[i].dept, e[i].salary);
    printf("\n");
    return found + 4;
}
