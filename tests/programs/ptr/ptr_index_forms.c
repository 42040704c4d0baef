// covers: equivalence of a[i], *(a+i), i[a], *(i+a), negative indices from interior pointers, indexing string literals with integer on left, indexing via pointer of different integer index types (char, long, unsigned)
#pragma GCC diagnostic ignored "-Wtautological-compare"
#pragma GCC diagnostic ignored "-Wchar-subscripts"
#include <stdio.h>

int main(void) {
    int a[6] = {10, 20, 30, 40, 50, 60};
    for (int i = 0; i < 6; i++) printf("%d%d%d%d ", a[i] == *(a + i), a[i] == i[a], *(i + a) == a[i], &a[i] == a + i);
    printf("\n");
    printf("%d %d\n", 2[a], 5[a] - 0[a]);
    printf("%c %c\n", 3["abcdef"], "abcdef"[5]);
    int *mid = &a[3];
    printf("%d %d %d\n", mid[-3], mid[-1], (-2)[mid]);
    char ci = 4;
    long li = 1;
    unsigned ui = 2;
    unsigned char uci = 5;
    long long lli = 0;
    printf("%d %d %d %d %d\n", a[ci], a[li], a[ui], a[uci], a[lli]);
    int m[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    printf("%d %d %d\n", m[1][2], *(*(m + 1) + 2), 2[1[m]]);
    const char *strs[] = {"zero", "one", "two"};
    printf("%c %c\n", strs[1][2], 1[strs[2]]);
    int sum = 0;
    for (int *p = a; p < 6 + a; p++) sum += 0[p];
    printf("%d\n", sum);
    double d[4] = {0.5, 1.5, 2.5, 3.5};
    double *dp = d + 2;
    printf("%g %g %g\n", dp[-2], 1[dp], (-1)[dp]);
    struct { int v[3]; } s[2] = {{{1, 2, 3}}, {{4, 5, 6}}};
    printf("%d %d\n", 1[s].v[2], (*(s + 1)).v[0]);
    return 0;
}
