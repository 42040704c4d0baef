// covers: compound assignment and ++/-- on bit-field lvalues (signed/unsigned, wrap at width), bit-field read-modify-write not disturbing neighbours
#include <stdio.h>

struct flags {
    unsigned a : 3;
    unsigned b : 5;
    int c : 4;
    unsigned d : 1;
    unsigned long long e : 36;
    int f : 7;
};

static void show(const struct flags *f) {
    printf("a=%u b=%u c=%d d=%u e=%llu f=%d\n", f->a, f->b, f->c, f->d, (unsigned long long)f->e, f->f);
}

int main(void) {
    struct flags x = {0, 0, 0, 0, 0, 0};
    x.a += 5; x.b += 30; x.c += 7; x.d += 1; x.e += 68719476735ULL; x.f += 63;
    show(&x);
    x.a += 5; x.b += 5; x.d += 1; x.e += 2;
    show(&x);
    x.a *= 3; x.b *= 7; x.c -= 3; x.e *= 5; x.f -= 100;
    show(&x);
    x.a <<= 1; x.b >>= 1; x.c /= 2; x.e <<= 30; x.f %= 5;
    show(&x);
    x.a |= 6; x.b &= 0x15; x.c ^= 3; x.d ^= 1; x.e |= 0xfffULL; x.f |= 0x40;
    show(&x);
    for (int i = 0; i < 10; i++) { x.a++; x.b--; x.d++; }
    show(&x);
    int r1 = x.a++;
    int r2 = ++x.a;
    int r3 = x.b--;
    int r4 = --x.b;
    printf("%d %d %d %d\n", r1, r2, r3, r4);
    show(&x);
    struct flags *p = &x;
    p->a = 7; p->a++;
    p->b = 0; p->b--;
    p->e = 0; p->e--;
    show(p);
    return 0;
}
