// covers: zero-width bit-fields forcing alignment to next unit, unnamed bit-fields as padding, bit-fields of char/short base types (gcc), layout observed via sizeof and raw bytes, _Bool bit-fields
#include <stdio.h>
#include <string.h>

struct z1 { unsigned a : 3; unsigned : 0; unsigned b : 3; };
struct z2 { unsigned a : 3; unsigned b : 3; };
struct z3 { char a : 3; char : 0; char b : 4; };
struct z4 { unsigned a : 4; unsigned : 4; unsigned b : 4; };
struct z5 { unsigned char a : 1, b : 1, c : 1, : 2, d : 3; };
struct z6 { _Bool f1 : 1; _Bool f2 : 1; unsigned short s : 9; };
struct z7 { unsigned short a : 5; unsigned long long : 0; unsigned short b : 5; };

static void bytes(const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
    printf("\n");
}

int main(void) {
    printf("%zu %zu %zu %zu %zu %zu %zu\n", sizeof(struct z1), sizeof(struct z2), sizeof(struct z3),
           sizeof(struct z4), sizeof(struct z5), sizeof(struct z6), sizeof(struct z7));
    struct z1 a; memset(&a, 0, sizeof a); a.a = 7; a.b = 5; bytes(&a, sizeof a);
    struct z2 b; memset(&b, 0, sizeof b); b.a = 7; b.b = 5; bytes(&b, sizeof b);
    struct z3 c; memset(&c, 0, sizeof c); c.a = 3; c.b = -1; bytes(&c, sizeof c);
    printf("%d %d\n", c.a, c.b);
    struct z4 d; memset(&d, 0, sizeof d); d.a = 0xf; d.b = 0xa; bytes(&d, sizeof d);
    struct z5 e; memset(&e, 0, sizeof e); e.a = 1; e.c = 1; e.d = 6; bytes(&e, sizeof e);
    printf("%u %u %u %u\n", e.a, e.b, e.c, e.d);
    struct z6 f; memset(&f, 0, sizeof f); f.f1 = 1; f.f2 = 0; f.s = 511; bytes(&f, sizeof f);
    f.f2 = 5;
    printf("%d %d %u\n", f.f1, f.f2, f.s);
    struct z7 g; memset(&g, 0, sizeof g); g.a = 31; g.b = 17; bytes(&g, sizeof g);
    return 0;
}
