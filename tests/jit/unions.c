/* Unions: type punning (GNU C defines reading another member), unions of structs,
 * initialization of the first and of a designated member, unions passed and returned by value,
 * anonymous unions in structs, tagged unions. */
#include <stdio.h>
#include <stdint.h>

union Pun { float f; uint32_t u; unsigned char b[4]; };
union Wide { double d; uint64_t u; int32_t i[2]; };
union Sx { struct { short lo, hi; } s; int whole; };

struct Value {
    enum { INT, DBL, STR } kind;
    union {
        long i;
        double d;
        const char *s;
    };
};

static union Wide negate(union Wide w) { w.u ^= 0x8000000000000000ULL; return w; }
static union Pun bump(union Pun p) { p.u += 1; return p; }

static void show(struct Value v)
{
    switch (v.kind) {
    case INT: printf("int %ld\n", v.i); break;
    case DBL: printf("dbl %.3f\n", v.d); break;
    case STR: printf("str %s\n", v.s); break;
    }
}

int main(void)
{
    union Pun p;
    p.f = 1.0f;
    printf("pun %08x %02x %02x\n", p.u, p.b[0], p.b[3]);
    p.u = 0x40490fdb;
    printf("pi %.6f\n", p.f);
    union Pun p2 = bump(p);
    printf("bump %08x %.7f\n", p2.u, p2.f);

    union Wide w = { .d = -2.5 };
    printf("wide %016llx %d %d\n", (unsigned long long)w.u, w.i[0], w.i[1]);
    union Wide n = negate(w);
    printf("neg %.2f\n", n.d);

    union Sx sx;
    sx.whole = 0x12345678;
    printf("sx %x %x\n", sx.s.lo, sx.s.hi);
    sx.s.hi = 0x7ABC;
    printf("sx %x %zu\n", sx.whole, sizeof sx);

    struct Value vals[] = { { INT, { .i = -42 } }, { .kind = DBL, .d = 6.125 }, { .kind = STR, .s = "hello" } };
    for (int i = 0; i < 3; i++)
        show(vals[i]);
    struct Value copy = vals[1];
    copy.d *= 2;
    show(copy);
    show(vals[1]);
    printf("sizes %zu %zu %zu\n", sizeof(union Pun), sizeof(union Wide), sizeof(struct Value));

    union { char c[5]; int i; } odd = { "abcd" };
    printf("odd %zu %s %x\n", sizeof odd, odd.c, (unsigned)odd.i);
    return 0;
}
