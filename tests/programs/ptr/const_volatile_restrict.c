// covers: pointer to const, const pointer, const pointer to const, volatile pointers and pointees, restrict-qualified parameters (memcpy-like), qualifier conversions (adding const implicitly), casting away const for non-const objects, pointer to volatile in loops
#include <stdio.h>

static void add_arrays(int n, int *restrict dst, const int *restrict a, const int *restrict b) {
    for (int i = 0; i < n; i++) dst[i] = a[i] + b[i];
}

static void copy_bytes(void *restrict d, const void *restrict s, unsigned n) {
    unsigned char *restrict dd = d;
    const unsigned char *restrict ss = s;
    while (n--) *dd++ = *ss++;
}

static int sum_const(const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }

int main(void) {
    int x = 5, y = 6;
    const int *pc = &x;            /* pointer to const */
    int *const cp = &x;            /* const pointer */
    const int *const cpc = &y;     /* const pointer to const */
    *cp = 50;
    pc = &y;
    printf("%d %d %d\n", *pc, *cp, *cpc);
    int *unconst = (int *)pc;      /* y is not const: ok to modify */
    *unconst = 60;
    printf("%d\n", y);
    volatile int v = 1;
    volatile int *vp = &v;
    for (int i = 0; i < 10; i++) *vp += i;
    printf("%d\n", v);
    int plain = 3;
    volatile int *pv = &plain;
    *pv = *pv * 7;
    printf("%d\n", plain);
    const volatile int cv = 9;
    const volatile int *pcv = &cv;
    printf("%d\n", *pcv);
    int a[5] = {1, 2, 3, 4, 5}, b[5] = {10, 20, 30, 40, 50}, d[5];
    add_arrays(5, d, a, b);
    for (int i = 0; i < 5; i++) printf("%d ", d[i]);
    printf("\n");
    char src[] = "restrict", dst[16] = {0};
    copy_bytes(dst, src, sizeof src);
    printf("%s\n", dst);
    printf("%d\n", sum_const(a, 5));
    const char *const strs[] = {"c1", "c2"};
    const char *const *sp = strs;
    printf("%s %s\n", sp[0], sp[1]);
    int **pp = &unconst;
    int *const *cpp = pp;
    printf("%d\n", **cpp);
    int *restrict rp = a;
    rp[0] = 100;
    printf("%d\n", a[0]);
    return 0;
}
