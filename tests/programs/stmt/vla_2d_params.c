// covers: 2-D VLAs, VLA parameters void f(int n, int a[n][n]) and int m, int k, double a[m][k], VLA parameter with [*] in prototype, sizeof of VLA row inside callee, passing 2-D VLA to functions for matrix multiply and transpose
#pragma GCC diagnostic ignored "-Wvla-parameter"
#include <stdio.h>

static void fill(int n, int a[n][n]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) a[i][j] = (i + 1) * (j + 2) % 7;
}

static void matmul(int m, int k, int p, double a[m][k], double b[k][p], double c[m][p]);
static void matmul(int m, int k, int p, double a[m][k], double b[k][p], double c[m][p]) {
    for (int i = 0; i < m; i++)
        for (int j = 0; j < p; j++) {
            c[i][j] = 0;
            for (int t = 0; t < k; t++) c[i][j] += a[i][t] * b[t][j];
        }
}

static long trace(int n, int a[*][*]);
static long trace(int n, int a[n][n]) { long t = 0; for (int i = 0; i < n; i++) t += a[i][i]; return t; }

static size_t row_bytes(int r, int c, int a[r][c]) { return sizeof a[0]; }

int main(void) {
    int n = 5;
    int sq[n][n];
    fill(n, sq);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) printf("%d ", sq[i][j]);
        printf("\n");
    }
    printf("%ld %zu %zu\n", trace(n, sq), sizeof sq, row_bytes(n, n, sq));
    int m = 2, k = 3, p = 4;
    double a[m][k], b[k][p], c[m][p];
    for (int i = 0; i < m; i++) for (int j = 0; j < k; j++) a[i][j] = i + j * 0.5;
    for (int i = 0; i < k; i++) for (int j = 0; j < p; j++) b[i][j] = (i == j) + j;
    matmul(m, k, p, a, b, c);
    for (int i = 0; i < m; i++) {
        for (int j = 0; j < p; j++) printf("%g ", c[i][j]);
        printf("\n");
    }
    int r = 3, cc = 7;
    char grid[r][cc];
    for (int i = 0; i < r; i++) for (int j = 0; j < cc; j++) grid[i][j] = (char)('a' + (i * cc + j) % 26);
    printf("%.7s %.7s %zu\n", grid[1], grid[2], sizeof grid[0]);
    return 0;
}
