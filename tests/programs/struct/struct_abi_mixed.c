// covers: struct ABI corner cases: structs containing long double, __int128, _Complex double, pointers, unions, nested structs; mixed scalar and struct arguments exhausting integer and SSE registers; returning struct containing pointer
#include <stdio.h>

struct ldw { long double v; };
struct i128w { __int128 v; };
struct cw { _Complex double z; };
struct pw { const char *s; int n; };
union ud { double d; long l; };
struct nest { struct { float a; float b; } in; double c; };
struct mixed { char c; short s; int i; float f; };

static long double f_ld(struct ldw x, int k) { return x.v * k; }
static struct ldw r_ld(long double v) { return (struct ldw){v / 4}; }
static long long f_i128(struct i128w x) { return (long long)(x.v >> 64) + (long long)(x.v & 0xffff); }
static struct i128w r_i128(long long a) { return (struct i128w){(__int128)((unsigned __int128)a << 64) | 7}; }
static double f_cw(struct cw x) { return __real__ x.z * 10 + __imag__ x.z; }
static struct pw r_pw(const char *s) { int n = 0; while (s[n]) n++; return (struct pw){s + 1, n}; }
static long f_ud(union ud u) { return u.l; }
static double f_nest(struct nest n) { return n.in.a + n.in.b * n.c; }
static struct nest r_nest(float a) { return (struct nest){{a, a + 1}, a * 2.0}; }
static double f_mixed(struct mixed m) { return m.c + m.s + m.i + m.f; }

static double kitchen(int i1, double d1, struct mixed m, long i2, struct nest n, float f1, struct pw p,
                      int i3, double d2, struct i128w w, char i4, double d3, double d4, double d5, double d6,
                      int i5, int i6, double d7) {
    return i1 + d1 + f_mixed(m) + i2 + f_nest(n) + f1 + p.n + i3 + d2 + (double)f_i128(w) + i4 + d3 + d4 + d5 + d6 + i5 + i6 + d7;
}

int main(void) {
    printf("%Lg\n", f_ld((struct ldw){1.5L}, 3));
    printf("%Lg\n", r_ld(10).v);
    printf("%lld\n", f_i128((struct i128w){((__int128)5 << 64) | 0x12345}));
    struct i128w w = r_i128(-3);
    printf("%lld %lld\n", (long long)(w.v >> 64), (long long)(w.v & 0xff));
    printf("%g\n", f_cw((struct cw){2.0 + 3.0i}));
    struct pw p = r_pw("hello");
    printf("%s %d\n", p.s, p.n);
    printf("%ld\n", f_ud((union ud){.l = 123456789012L}));
    printf("%g\n", f_nest(r_nest(1.5f)));
    printf("%g\n", f_mixed((struct mixed){'a', -2, 1000, 0.5f}));
    printf("%g\n", kitchen(1, 2.5, (struct mixed){1, 2, 3, 4}, 5, r_nest(1), 0.25f, r_pw("abc"), 6, 7.5, r_i128(1), 8,
                           9, 10, 11, 12, 13, 14, 15.5));
    return 0;
}
