// covers: dynamically allocated ragged arrays (array of pointers to rows of different lengths), realloc growth of pointer arrays, calloc zeroed memory, freeing nested allocations, pointer arithmetic over heap blocks
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int nrows = 6;
    int **rows = calloc(nrows, sizeof *rows);
    int *lens = calloc(nrows, sizeof *lens);
    for (int r = 0; r < nrows; r++) {
        lens[r] = r + 1;
        rows[r] = malloc(lens[r] * sizeof **rows);
        for (int c = 0; c < lens[r]; c++) rows[r][c] = (c == 0 || c == r) ? 1 : rows[r - 1][c - 1] + rows[r - 1][c];
    }
    for (int r = 0; r < nrows; r++) {
        for (int c = 0; c < lens[r]; c++) printf("%d ", rows[r][c]);
        printf("\n");
    }
    char **strs = NULL;
    size_t n = 0, cap = 0;
    const char *src = "one two three four five six seven eight nine ten";
    const char *p = src;
    while (*p) {
        while (*p == ' ') p++;
        const char *st = p;
        while (*p && *p != ' ') p++;
        if (p > st) {
            if (n == cap) { cap = cap ? cap * 2 : 2; strs = realloc(strs, cap * sizeof *strs); }
            strs[n] = malloc((size_t)(p - st) + 1);
            memcpy(strs[n], st, (size_t)(p - st));
            strs[n][p - st] = '\0';
            n++;
        }
    }
    printf("%zu %zu\n", n, cap);
    for (size_t i = n; i-- > 0;) printf("%s%c", strs[i], i ? ' ' : '\n');
    double *zeros = calloc(10, sizeof *zeros);
    double zs = 0;
    for (int i = 0; i < 10; i++) zs += zeros[i];
    printf("%g\n", zs);
    int *grow = NULL;
    for (int i = 1; i <= 5; i++) {
        grow = realloc(grow, (size_t)i * 100 * sizeof *grow);
        for (int j = (i - 1) * 100; j < i * 100; j++) grow[j] = j;
    }
    long total = 0;
    for (int *q = grow; q < grow + 500; q++) total += *q;
    printf("%ld\n", total);
    free(grow);
    free(zeros);
    for (size_t i = 0; i < n; i++) free(strs[i]);
    free(strs);
    for (int r = 0; r < nrows; r++) free(rows[r]);
    free(rows);
    free(lens);
    return 0;
}
