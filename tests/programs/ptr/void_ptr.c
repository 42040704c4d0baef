// covers: void pointers: implicit conversion to/from object pointers, casts, generic swap via memcpy, byte access through unsigned char*, GNU void* arithmetic, generic container of void*, comparing void pointers
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#pragma GCC diagnostic ignored "-Wpointer-arith"

static void swap_any(void *a, void *b, size_t n) {
    unsigned char tmp[64];
    memcpy(tmp, a, n);
    memcpy(a, b, n);
    memcpy(b, tmp, n);
}

static void dump_bytes(const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
    printf("\n");
}

struct box { void *items[8]; int n; };
static void push(struct box *b, void *p) { b->items[b->n++] = p; }

int main(void) {
    int x = 1, y = 2;
    swap_any(&x, &y, sizeof x);
    printf("%d %d\n", x, y);
    double d1 = 1.5, d2 = -2.5;
    swap_any(&d1, &d2, sizeof d1);
    printf("%g %g\n", d1, d2);
    struct { char s[10]; int v; } s1 = {"first", 1}, s2 = {"second", 2};
    swap_any(&s1, &s2, sizeof s1);
    printf("%s %d %s %d\n", s1.s, s1.v, s2.s, s2.v);
    unsigned int u = 0x11223344;
    dump_bytes(&u, sizeof u);
    double one = 1.0;
    dump_bytes(&one, sizeof one);
    void *vp = &u;
    unsigned char *cp = vp;
    printf("%02x\n", cp[0]);
    void *vp2 = vp + 2;    /* GNU: void* arithmetic with size 1 */
    printf("%02x %d\n", *(unsigned char *)vp2, (int)(vp2 - vp));
    printf("%d\n", (int)sizeof(void));
    int *ip = malloc(5 * sizeof *ip);
    void *raw = ip;
    for (int i = 0; i < 5; i++) ((int *)raw)[i] = i * i;
    printf("%d\n", ip[4]);
    free(raw);
    struct box b = {{0}, 0};
    int a1 = 10; double a2 = 2.5; const char *a3 = "str";
    push(&b, &a1); push(&b, &a2); push(&b, (void *)a3);
    printf("%d %g %s\n", *(int *)b.items[0], *(double *)b.items[1], (char *)b.items[2]);
    printf("%d\n", b.items[0] == (void *)&a1);
    return 0;
}
