/* Arrays and pointer arithmetic: indexing both ways, pointer difference, pointers to arrays,
 * arrays of pointers, 2D and 3D arrays, row pointers, arrays passed to functions,
 * pointer comparisons within one array, void* and char* arithmetic over an int array. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

static int sum2d(int rows, int (*m)[4])
{
    int s = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < 4; c++)
            s += m[r][c] * (r + 1);
    return s;
}

static void transpose(int n, int a[3][3])
{
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int t = a[i][j];
            a[i][j] = a[j][i];
            a[j][i] = t;
        }
}

static long dot(const long *a, const long *b, size_t n)
{
    long s = 0;
    while (n--)
        s += *a++ * *b++;
    return s;
}

int main(void)
{
    int a[10];
    for (int i = 0; i < 10; i++)
        a[i] = i * i;
    int *p = a, *q = &a[9];
    printf("diff %td %d %d %d %d\n", q - p, *(p + 3), 3[a], *(q - 2), p[7]);
    p += 4;
    printf("p+4 %d %d %d\n", *p, p[-1], p[2]);
    printf("cmp %d %d %td\n", p < q, p == &a[4], (char *)q - (char *)a);
    int *r = q;
    while (r > a + 5)
        r--;
    printf("walk %d\n", *r);

    int m[3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * 10 + j;
    printf("2d %d %d %d %zu %zu\n", m[1][2], *(*(m + 2) + 3), sum2d(3, m), sizeof m, sizeof m[0]);
    int (*row)[4] = m + 1;
    printf("row %d %d %td\n", (*row)[0], row[1][1], (char *)(row + 1) - (char *)row);
    int *flat = &m[0][0];
    int fs = 0;
    for (int i = 0; i < 12; i++)
        fs += flat[i];
    printf("flat %d\n", fs);

    int sq[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
    transpose(3, sq);
    for (int i = 0; i < 3; i++)
        printf("%d %d %d\n", sq[i][0], sq[i][1], sq[i][2]);

    char cube[2][3][4];
    memset(cube, '.', sizeof cube);
    cube[1][2][3] = 'X';
    cube[0][1][0] = 'Y';
    printf("3d %zu %c %c %td\n", sizeof cube, ((char *)cube)[23], ((char *)cube)[4], &cube[1][2][3] - &cube[0][0][0]);

    long va[5] = { 1, 2, 3, 4, 5 }, vb[5] = { 5, 4, 3, 2, 1 };
    printf("dot %ld\n", dot(va, vb, 5));

    const char *names[] = { "zero", "one", "two", "three" };
    const char **np = names;
    printf("names %s %s %c %c\n", np[2], *(np + 3), *names[1], names[3][2]);

    void *vp = a;
    int *ip = (int *)((char *)vp + 2 * sizeof(int));
    printf("void %d\n", *ip);
    int (*pa)[10] = &a;
    printf("ptr to array %d %zu\n", (*pa)[9], sizeof *pa);

    /* pointers to pointers */
    int x = 5, *px = &x, **ppx = &px;
    **ppx = 6;
    printf("pp %d\n", x);
    /* array of structs through pointer arithmetic */
    struct { short s; char c; } arr[4] = { { 1, 'a' }, { 2, 'b' }, { 3, 'c' }, { 4, 'd' } };
    for (typeof(&arr[0]) it = arr; it != arr + 4; it++)
        printf("%d%c ", it->s, it->c);
    printf("\n");
    /* negative indices, pointer one past the end */
    int *end = a + 10;
    printf("end %d %d\n", end[-1], *(end - 10));
    return 0;
}
