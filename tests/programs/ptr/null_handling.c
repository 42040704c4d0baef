// covers: NULL pointer constant forms (0, NULL, (void*)0), null checks before dereference, functions returning NULL for failure, optional out-parameters, NULL in pointer arrays and comparisons, free(NULL), strtol with NULL endptr
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item { const char *key; int value; };

static const struct item *lookup(const struct item *tab, int n, const char *key) {
    for (int i = 0; i < n; i++) if (strcmp(tab[i].key, key) == 0) return &tab[i];
    return NULL;
}

static int divide(int a, int b, int *quot, int *rem) {
    if (b == 0) return -1;
    if (quot) *quot = a / b;
    if (rem != NULL) *rem = a % b;
    return 0;
}

static size_t safe_len(const char *s) { return s ? strlen(s) : 0; }

int main(void) {
    const struct item tab[] = {{"one", 1}, {"two", 2}, {"three", 3}};
    const char *qs[] = {"two", "four", "three", "", NULL};
    for (int i = 0; qs[i] != NULL; i++) {
        const struct item *it = lookup(tab, 3, qs[i]);
        printf("'%s' -> %s %d\n", qs[i], it ? "found" : "missing", it ? it->value : -1);
    }
    int q, r;
    printf("%d ", divide(17, 5, &q, &r)); printf("%d %d\n", q, r);
    printf("%d ", divide(17, 0, &q, &r)); printf("\n");
    q = r = 0;
    int rc1 = divide(20, 6, NULL, &r);
    printf("%d %d %d\n", rc1, q, r);
    int rc2 = divide(20, 6, &q, 0);
    printf("%d %d\n", rc2, q);
    printf("%zu %zu\n", safe_len(NULL), safe_len("abc"));
    int *p = 0;
    int *p2 = (void *)0;
    int *p3 = NULL;
    printf("%d %d %d\n", p == p2, p2 == p3, !p3);
    free(NULL);
    char *m = malloc(8);
    if (m) { strcpy(m, "ok"); printf("%s\n", m); }
    free(m);
    m = NULL;
    free(m);
    printf("%ld\n", strtol("123xyz", NULL, 10));
    char *end;
    long parsed = strtol("77 rest", &end, 10);
    printf("%ld %s\n", parsed, end);
    const char *maybe = getenv("CIR_CORPUS_SURELY_UNSET_VARIABLE");
    printf("%s\n", maybe ? maybe : "(null)");
    return 4;
}
