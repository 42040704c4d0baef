// covers: 2-D and 3-D arrays, row-major layout, nested initializers with partial initialization, iteration with nested loops, passing multi-dim arrays to functions, transposition, arrays of arrays of chars
#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

#define R 3
#define C 4

static void transpose(int in[R][C], int out[C][R]) {
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) out[j][i] = in[i][j];
}

static long trace3(int cube[3][3][3]) {
    long t = 0;
    for (int i = 0; i < 3; i++) t += cube[i][i][i];
    return t;
}

int main(void) {
    int a[R][C] = {{1, 2, 3, 4}, {5, 6}, {9}};
    for (int i = 0; i < R; i++) {
        for (int j = 0; j < C; j++) printf("%3d", a[i][j]);
        printf("\n");
    }
    int t[C][R];
    transpose(a, t);
    for (int i = 0; i < C; i++) {
        for (int j = 0; j < R; j++) printf("%3d", t[i][j]);
        printf("\n");
    }
    int cube[3][3][3];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 3; k++) cube[i][j][k] = i * 100 + j * 10 + k;
    printf("%ld\n", trace3(cube));
    int *flat = &cube[0][0][0];
    printf("%d %d\n", flat[13], flat[26]);
    printf("%d %d %d\n", (int)sizeof cube, (int)sizeof cube[0], (int)sizeof cube[0][0]);
    char words[4][8] = {"one", "two", "three", "four"};
    for (int i = 0; i < 4; i++) printf("%s:%c ", words[i], words[i][1]);
    printf("\n");
    int b[2][3] = {1, 2, 3, 4, 5, 6};   /* flat initializer */
    printf("%d %d\n", b[1][0], b[0][2]);
    double id[4][4] = {[0][0] = 1, [1][1] = 1, [2][2] = 1, [3][3] = 1};
    double s = 0;
    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) s += id[i][j] * (i + 1);
    printf("%g\n", s);
    int pascal[10][10] = {{0}};
    for (int i = 0; i < 10; i++) {
        pascal[i][0] = 1;
        for (int j = 1; j <= i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
    }
    for (int j = 0; j < 10; j++) printf("%d ", pascal[9][j]);
    printf("\n");
    return 0;
}
