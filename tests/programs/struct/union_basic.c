// covers: unions: size is max member, members share storage, writing one member and reading another of same type, union of struct members with common initial sequence, union arrays, union initialization (first member, designated), union assignment
#include <stdio.h>

union num { int i; unsigned u; float f; double d; char c[8]; };

struct a_msg { int type; int x; };
struct b_msg { int type; double y; };
union msg { int type; struct a_msg a; struct b_msg b; };

static void handle(const union msg *m) {
    switch (m->type) {
    case 1: printf("A %d\n", m->a.x); break;
    case 2: printf("B %g\n", m->b.y); break;
    default: printf("? %d\n", m->type);
    }
}

int main(void) {
    union num n;
    printf("%zu %zu\n", sizeof n, _Alignof(union num));
    n.i = -1;
    printf("%u\n", n.u);
    n.d = 0;
    n.c[0] = 'h'; n.c[1] = 'i'; n.c[2] = 0;
    printf("%s\n", n.c);
    union num z = {42};
    printf("%d\n", z.i);
    union num w = {.d = 1.5};
    printf("%g\n", w.d);
    union num copy = w;
    copy.d += 1;
    printf("%g %g\n", w.d, copy.d);
    union msg msgs[3];
    msgs[0].a = (struct a_msg){1, 99};
    msgs[1].b = (struct b_msg){2, 2.75};
    msgs[2].type = 7;
    for (int i = 0; i < 3; i++) handle(&msgs[i]);
    printf("%d %d\n", msgs[0].type, msgs[1].type);
    union { unsigned char b[4]; unsigned int w; } endian = {.w = 1};
    printf("little=%d\n", endian.b[0] == 1);
    union { long l; struct { int lo, hi; } parts; } lp = {.l = 0x100000002L};
    printf("%d %d\n", lp.parts.lo, lp.parts.hi);
    union num arr[4];
    for (int i = 0; i < 4; i++) arr[i].i = i * i;
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += arr[i].i;
    printf("%d\n", sum);
    return 0;
}
