// covers: pointers to arrays int (*p)[4], arrays of pointers to arrays, pointer to array arithmetic (steps whole rows), dereferencing to get array then decay, sizeof(*p), functions taking int (*)[N], returning pointer to array
#include <stdio.h>

static int sum_matrix(int (*m)[4], int rows) {
    int s = 0;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < 4; j++) s += m[i][j];
    return s;
}

static int (*pick_row(int (*m)[4], int r))[4] { return m + r; }

typedef int row4[4];
static row4 *next_row(row4 *r) { return r + 1; }

int main(void) {
    int m[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    int (*p)[4] = m;
    printf("%d %d\n", (int)sizeof(*p), (int)sizeof(p));
    printf("%d %d %d\n", (*p)[0], p[1][2], (*(p + 2))[3]);
    printf("%d\n", sum_matrix(m, 3));
    int (*r)[4] = pick_row(m, 1);
    printf("%d %d\n", (*r)[0], r[0][3]);
    printf("%d\n", (*next_row(r))[1]);
    int arr[4] = {10, 20, 30, 40};
    int (*pa)[4] = &arr;
    for (int i = 0; i < 4; i++) (*pa)[i] += i;
    printf("%d %d\n", arr[3], **pa);
    int *decayed = *pa;
    printf("%d\n", decayed[2]);
    printf("%td\n", (char *)(pa + 1) - (char *)pa);
    int (*rows[2])[4] = {&m[0], &m[2]};
    printf("%d %d\n", (*rows[0])[1], (*rows[1])[2]);
    char grid[2][3][5] = {{"ab", "cd", "ef"}, {"gh", "ij", "kl"}};
    char (*g)[3][5] = grid;
    printf("%s %s %d\n", g[1][2], (*g)[1], (int)sizeof(*g));
    char (*cell)[5] = grid[1];
    printf("%s\n", cell[1]);
    int total = 0;
    for (int (*it)[4] = m; it < m + 3; it++) total += (*it)[it - m];
    printf("%d\n", total);
    return 0;
}
