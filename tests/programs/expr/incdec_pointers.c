// covers: ++/-- on pointers of various pointee sizes (char, short, int, double, struct, pointer-to-pointer, pointer to array), pointer walking, *p++ idioms for copying
#include <stdio.h>
#include <stddef.h>

struct big { char c[13]; int n; };

int main(void) {
    char str[] = "pointer";
    char *cp = str;
    while (*cp) cp++;
    printf("%d\n", (int)(cp - str));
    while (cp > str) putchar(*--cp);
    putchar('\n');
    short sh[5] = {5, 4, 3, 2, 1};
    short *sp = sh;
    int sum = 0;
    while (sp < sh + 5) sum = sum * 10 + *sp++;
    printf("%d\n", sum);
    struct big bigs[3];
    for (int i = 0; i < 3; i++) bigs[i].n = 100 + i;
    struct big *bp = bigs;
    bp++;
    printf("%d ", bp->n);
    ++bp;
    printf("%d ", bp->n);
    bp--;
    printf("%d %d\n", bp->n, (int)((char *)bp - (char *)bigs));
    const char *words[] = {"alpha", "beta", "gamma", NULL};
    const char **wp = words;
    while (*wp) printf("%s ", *wp++);
    printf("\n");
    int grid[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    int (*rp)[4] = grid;
    rp++;
    printf("%d ", (*rp)[3]);
    rp++;
    printf("%d\n", **rp);
    char src[] = "copy me please";
    char dst[32];
    char *s = src, *d = dst;
    while ((*d++ = *s++) != 0) ;
    printf("%s\n", dst);
    double vals[4] = {1.25, 2.5, 3.75, 5.0};
    double *dp = vals + 4;
    double acc = 0;
    while (dp != vals) acc += *--dp;
    printf("%.2f\n", acc);
    int a[6] = {1, 2, 3, 4, 5, 6};
    int *lo = a, *hi = a + 5;
    while (lo < hi) { int t = *lo; *lo++ = *hi; *hi-- = t; }
    for (int i = 0; i < 6; i++) printf("%d ", a[i]);
    printf("\n");
    ptrdiff_t diff = hi - lo;
    printf("%td\n", diff);
    return 0;
}
