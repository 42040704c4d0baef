/* Bit-fields: signed and unsigned, truncation on store, sign extension on load, wide
 * (long long) fields, fields straddling bytes, packed structs, compound assignment,
 * bit-fields in unions, zero-width fields, and sizeof of the containing structs. */
#include <stdio.h>
#include <string.h>

struct Flags {
    unsigned a : 1;
    unsigned b : 3;
    signed c : 4;
    unsigned d : 7;
    int e : 17;
};

struct Wide {
    unsigned long long lo : 40;
    unsigned long long hi : 24;
    long long s : 33;
    unsigned int tail : 5;
};

struct __attribute__((packed)) Packed {
    char c;
    int i;
    unsigned short x : 9;
    unsigned short y : 7;
    long long big;
};

struct Zero {
    unsigned a : 3;
    unsigned : 0;
    unsigned b : 3;
    char ch;
    unsigned c : 2;
};

union BU {
    unsigned word;
    struct { unsigned lo : 8, mid : 16, hi : 8; } f;
};

static struct Flags setc(struct Flags f, int v) { f.c = v; return f; }

static volatile int v3 = 3, v13 = 13, v200 = 200;
static volatile unsigned long long vbig = 0xFFFFFFFFFFULL + 2;

int main(void)
{
    struct Flags f;
    memset(&f, 0, sizeof f);
    f.a = v3;       /* truncated to 1 */
    f.b = v13;      /* truncated to 5 */
    f.c = 7;
    f.d = v200;     /* 200 & 127 = 72 */
    f.e = -65536;
    printf("flags %u %u %d %u %d size %zu\n", f.a, f.b, f.c, f.d, f.e, sizeof f);
    f.c = -8;
    printf("c=%d\n", f.c);
    f.c += 3;
    printf("c+=3 -> %d\n", f.c);
    f.b++;
    f.b++;
    f.b++;
    printf("b++x3 -> %u\n", f.b);
    f.d *= 3;
    printf("d*=3 -> %u\n", f.d);
    f = setc(f, 5);
    printf("setc %d\n", f.c);
    int sum = 0;
    for (int i = 0; i < 20; i++) {
        f.e = i * 7000 - 60000;
        sum += f.e;
    }
    printf("e sum %d\n", sum);

    struct Wide w;
    memset(&w, 0, sizeof w);
    w.lo = vbig; /* wraps to 1 */
    w.hi = 0xABCDEF;
    w.s = -4294967296LL;
    w.tail = 31;
    printf("wide %llx %llx %lld %u size %zu\n", (unsigned long long)w.lo, (unsigned long long)w.hi, (long long)w.s, w.tail, sizeof w);
    w.lo = 0x123456789AULL;
    unsigned long long wl = w.lo;
    printf("wide lo %llx %llu\n", wl, wl * 3);
    w.s = 4294967295LL; /* max of 33-bit signed */
    long long ws = w.s;
    printf("wide s %lld\n", ws);
    w.s = ws + 1; /* wraps to min (GCC: modulo) */
    printf("wide s wrap %lld\n", (long long)w.s);

    struct Packed p;
    memset(&p, 0, sizeof p);
    p.c = 'P';
    p.i = -123456;
    p.x = 511;
    p.y = 100;
    p.big = 0x1122334455667788LL;
    printf("packed %c %d %u %u %llx size %zu\n", p.c, p.i, p.x, p.y, (unsigned long long)p.big, sizeof p);
    struct Packed parr[3];
    memset(parr, 0, sizeof parr);
    for (int i = 0; i < 3; i++) {
        parr[i].i = i * 1000;
        parr[i].x = i * 100;
        parr[i].big = -i;
    }
    printf("packed arr %d %u %lld %zu\n", parr[2].i, parr[2].x, parr[2].big, sizeof parr);

    struct Zero z;
    memset(&z, 0, sizeof z);
    z.a = 5;
    z.b = 6;
    z.ch = 'z';
    z.c = 3;
    printf("zero %u %u %c %u size %zu\n", z.a, z.b, z.ch, z.c, sizeof z);

    union BU u;
    u.word = 0xAABBCCDD;
    printf("bu %x %x %x\n", u.f.lo, u.f.mid, u.f.hi);
    u.f.mid = 0x1234;
    printf("bu %x\n", u.word);

    /* bit-field values used in expressions: promoted to int / unsigned */
    struct Flags g = { 1, 7, -1, 127, -1 };
    printf("expr %d %d %d %u\n", g.c < 0, g.b * 2, g.c + g.b, g.d + 1);
    return 0;
}
