// covers: pointer + integer, integer + pointer, pointer - integer, pointer - pointer (ptrdiff_t) for char/int/double/struct arrays, one-past-the-end pointers, negative differences, indexing via pointer arithmetic
#include <stdio.h>
#include <stddef.h>

struct rec { int id; char name[10]; double w; };

int main(void) {
    int a[10];
    for (int i = 0; i < 10; i++) a[i] = i * 11;
    int *p = a + 2, *q = 7 + a;
    printf("%d %d %td %td\n", *p, *q, q - p, p - q);
    printf("%d %d\n", *(p + 3), *(q - 4));
    int *end = a + 10;
    printf("%td\n", end - a);
    long sum = 0;
    for (int *it = a; it != end; ++it) sum += *it;
    printf("%ld\n", sum);
    char s[] = "pointer arithmetic";
    char *c1 = s, *c2 = s;
    while (*c2 != ' ') c2++;
    printf("%td %s\n", c2 - c1, c2 + 1);
    double d[5] = {1.1, 2.2, 3.3, 4.4, 5.5};
    double *dp = &d[4];
    printf("%td %g\n", dp - d, *(dp - 2));
    struct rec recs[4] = {{1, "a", 1.5}, {2, "b", 2.5}, {3, "c", 3.5}, {4, "d", 4.5}};
    struct rec *r = recs;
    struct rec *last = &recs[3];
    printf("%td %d %s %g\n", last - r, (r + 2)->id, (last - 1)->name, (*(r + 1)).w);
    printf("%td\n", (char *)last - (char *)r);
    ptrdiff_t pd = &a[9] - &a[0];
    printf("%td %d\n", pd, (int)sizeof(ptrdiff_t));
    int idx = 3;
    printf("%d %d %d\n", a[idx], *(a + idx), idx[a]);
    int *mid = a + 5;
    printf("%d %d\n", mid[-1], mid[-5]);
    short sh[6] = {1, 2, 3, 4, 5, 6};
    short *sp = sh;
    printf("%td\n", (sp + 5) - (sp + 1));
    unsigned long long big[3];
    printf("%td\n", (char *)(big + 3) - (char *)big);
    void *vp = a;
    char *bytes = vp;
    printf("%d\n", *(int *)(bytes + 2 * sizeof(int)));
    return 0;
}
