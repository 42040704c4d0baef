/* Variable-length arrays: in loops (fresh each iteration), 2D VLAs, sizeof of a VLA and of
 * a VLA type, VLA parameters, pointers to VLA rows, VLAs of structs; alloca, including in a
 * loop and memory that stays valid until the function returns. */
#include <stdio.h>
#include <string.h>
#include <alloca.h>

static long sum_matrix(int rows, int cols, long m[rows][cols])
{
    long s = 0;
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++)
            s += m[i][j];
    return s;
}

static void fill(int n, int m, double a[n][m])
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            a[i][j] = i + j / 10.0;
}

static int vla_in_loop(int iters)
{
    int total = 0;
    for (int k = 1; k <= iters; k++) {
        int buf[k * 100];
        for (int i = 0; i < k * 100; i++)
            buf[i] = i % 7;
        int s = 0;
        for (int i = 0; i < k * 100; i++)
            s += buf[i];
        total += s + (int)(sizeof buf / sizeof buf[0]);
    }
    return total;
}

static char *alloca_copy_upper(const char *s, char *out)
{
    size_t n = strlen(s) + 1;
    char *tmp = alloca(n);
    for (size_t i = 0; i < n; i++)
        tmp[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
    strcpy(out, tmp);
    return out;
}

static long alloca_many(int n)
{
    long *ptrs[16];
    for (int i = 0; i < n; i++) {
        ptrs[i] = alloca((size_t)(i + 1) * sizeof(long));
        for (int j = 0; j <= i; j++)
            ptrs[i][j] = i * 100 + j;
    }
    long s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= i; j++)
            s += ptrs[i][j];
    return s;
}

struct Item { int id; double w; };

int main(void)
{
    int n = 5, m = 7;
    long mat[n][m];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            mat[i][j] = i * m + j;
    printf("sizeof %zu %zu %zu\n", sizeof mat, sizeof mat[0], sizeof(long[n][m]));
    printf("sum %ld\n", sum_matrix(n, m, mat));
    long (*row)[m] = mat + 2;
    printf("row %ld %ld %td\n", row[0][0], row[1][6], (char *)(row + 1) - (char *)row);

    double d[3][4];
    fill(3, 4, d);
    printf("fill %.1f %.1f\n", d[2][3], d[1][0]);
    int rows = 4, cols = 3;
    double dyn[rows][cols];
    fill(rows, cols, dyn);
    printf("dyn %.1f %zu\n", dyn[3][2], sizeof dyn);

    printf("loop %d\n", vla_in_loop(6));
    for (int k = 1; k <= 3; k++) {
        char s[k + 1];
        memset(s, 'a' + k, (size_t)k);
        s[k] = 0;
        int sq[k][k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
                sq[i][j] = i * j;
        printf("k=%d %s %zu %zu %d\n", k, s, sizeof s, sizeof sq, sq[k - 1][k - 1]);
    }
    int cnt = 3;
    struct Item items[cnt];
    for (int i = 0; i < cnt; i++) {
        items[i].id = i + 10;
        items[i].w = i * 1.5;
    }
    printf("items %d %.1f %zu\n", items[2].id, items[2].w, sizeof items);
    typedef int Vec[n];
    Vec v;
    for (int i = 0; i < n; i++)
        v[i] = i * i;
    printf("typedef vla %zu %d\n", sizeof(Vec), v[4]);

    char out[64];
    printf("alloca %s\n", alloca_copy_upper("hello, alloca!", out));
    printf("alloca many %ld\n", alloca_many(10));
    int *big = __builtin_alloca(10000 * sizeof(int));
    for (int i = 0; i < 10000; i++)
        big[i] = i;
    long bs = 0;
    for (int i = 0; i < 10000; i++)
        bs += big[i];
    printf("big alloca %ld\n", bs);
    return 0;
}
