// covers: passing and returning large structs (>16 bytes, memory class) by value, structs with arrays, nested large struct returns, large struct temporaries in expressions, recursion passing large structs, modifying parameter copy
#include <stdio.h>

struct big { int a[8]; double d; char tag[12]; };
struct mat3 { double m[3][3]; };
struct three_longs { long a, b, c; };

static struct big make_big(int seed) {
    struct big b;
    for (int i = 0; i < 8; i++) b.a[i] = seed * (i + 1);
    b.d = seed / 2.0;
    for (int i = 0; i < 11; i++) b.tag[i] = (char)('a' + (seed + i) % 26);
    b.tag[11] = 0;
    return b;
}
static long sum_big(struct big b) {
    long s = 0;
    for (int i = 0; i < 8; i++) s += b.a[i];
    b.a[0] = 9999;   /* modifies copy only */
    return s + (long)b.d;
}
static struct mat3 matmul(struct mat3 x, struct mat3 y) {
    struct mat3 r;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            r.m[i][j] = 0;
            for (int k = 0; k < 3; k++) r.m[i][j] += x.m[i][k] * y.m[k][j];
        }
    return r;
}
static struct mat3 matpow(struct mat3 m, int n) {
    if (n == 1) return m;
    struct mat3 h = matpow(m, n / 2);
    h = matmul(h, h);
    return n % 2 ? matmul(h, m) : h;
}
static struct three_longs rot(struct three_longs t) { return (struct three_longs){t.b, t.c, t.a}; }
static struct big pick(int c, struct big x, struct big y) { return c ? x : y; }

int main(void) {
    struct big b1 = make_big(3);
    printf("%ld %s %g\n", sum_big(b1), b1.tag, b1.d);
    printf("%d\n", b1.a[0]);
    printf("%ld\n", sum_big(make_big(7)));
    printf("%s\n", make_big(20).tag);
    printf("%d\n", make_big(5).a[7]);
    struct big p = pick(0, make_big(1), make_big(2));
    printf("%d %s\n", p.a[1], p.tag);
    struct mat3 fib = {{{1, 1, 0}, {1, 0, 0}, {0, 0, 1}}};
    struct mat3 f30 = matpow(fib, 30);
    printf("%.0f %.0f %.0f\n", f30.m[0][0], f30.m[0][1], f30.m[2][2]);
    struct mat3 rotm = {{{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}};
    struct mat3 r4 = matpow(rotm, 4);
    for (int i = 0; i < 3; i++) printf("%g %g %g\n", r4.m[i][0], r4.m[i][1], r4.m[i][2]);
    struct three_longs t = {1, 2, 3};
    for (int i = 0; i < 4; i++) { t = rot(t); printf("%ld%ld%ld ", t.a, t.b, t.c); }
    printf("\n");
    struct big arr[3] = {make_big(1), make_big(2), make_big(3)};
    long tot = 0;
    for (int i = 0; i < 3; i++) tot += sum_big(arr[i]);
    printf("%ld\n", tot);
    return 0;
}
