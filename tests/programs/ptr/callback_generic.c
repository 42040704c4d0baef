// covers: generic algorithms over void* with element size and callbacks (map, filter, reduce, for_each), callbacks with user context pointer, insertion sort generic, comparator returning by struct field
#include <stdio.h>
#include <string.h>

typedef void (*map_fn)(void *elem, void *ctx);
typedef int (*pred_fn)(const void *elem, void *ctx);
typedef int (*cmp_fn)(const void *, const void *);

static void for_each(void *base, size_t n, size_t sz, map_fn f, void *ctx) {
    char *p = base;
    for (size_t i = 0; i < n; i++) f(p + i * sz, ctx);
}
static size_t filter(const void *src, size_t n, size_t sz, void *dst, pred_fn p, void *ctx) {
    const char *s = src; char *d = dst; size_t k = 0;
    for (size_t i = 0; i < n; i++) if (p(s + i * sz, ctx)) memcpy(d + k++ * sz, s + i * sz, sz);
    return k;
}
static void isort(void *base, size_t n, size_t sz, cmp_fn cmp) {
    char *b = base; char tmp[64];
    for (size_t i = 1; i < n; i++) {
        memcpy(tmp, b + i * sz, sz);
        size_t j = i;
        while (j > 0 && cmp(b + (j - 1) * sz, tmp) > 0) { memcpy(b + j * sz, b + (j - 1) * sz, sz); j--; }
        memcpy(b + j * sz, tmp, sz);
    }
}

static void scale(void *e, void *ctx) { *(int *)e *= *(int *)ctx; }
static void accumulate(void *e, void *ctx) { *(long *)ctx += *(int *)e; }
static int above(const void *e, void *ctx) { return *(const int *)e > *(int *)ctx; }
static void dscale(void *e, void *ctx) { *(double *)e *= *(double *)ctx; }

struct pt { int x, y; };
static int by_y_then_x(const void *a, const void *b) {
    const struct pt *p = a, *q = b;
    return p->y != q->y ? p->y - q->y : p->x - q->x;
}

int main(void) {
    int v[8] = {3, 1, 4, 1, 5, 9, 2, 6};
    int k = 3;
    for_each(v, 8, sizeof(int), scale, &k);
    long sum = 0;
    for_each(v, 8, sizeof(int), accumulate, &sum);
    printf("%ld\n", sum);
    int out[8], thr = 10;
    size_t m = filter(v, 8, sizeof(int), out, above, &thr);
    for (size_t i = 0; i < m; i++) printf("%d ", out[i]);
    printf("(%zu)\n", m);
    double d[3] = {1.5, 2.5, 3.5};
    double f = 0.5;
    for_each(d, 3, sizeof(double), dscale, &f);
    printf("%g %g %g\n", d[0], d[1], d[2]);
    struct pt pts[6] = {{3, 1}, {1, 2}, {2, 1}, {0, 0}, {5, 2}, {4, 0}};
    isort(pts, 6, sizeof(struct pt), by_y_then_x);
    for (int i = 0; i < 6; i++) printf("(%d,%d) ", pts[i].x, pts[i].y);
    printf("\n");
    return 0;
}
