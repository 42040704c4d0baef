// covers: offsetof and __builtin_offsetof for members, nested members, array elements (offsetof(S, arr[3])), struct padding rules, trailing padding, layout of mixed-type structs, reconstructing member address via offsetof
#include <stdio.h>
#include <stddef.h>

struct a { char c; short s; int i; long l; float f; double d; char tail; };
struct b { char c[3]; struct a inner; int arr[5]; char z; };
union u { char c; double d; int arr[3]; };
struct c { struct { int x, y; } pts[4]; union u un; };

int main(void) {
    printf("%zu %zu %zu %zu %zu %zu %zu | %zu\n", offsetof(struct a, c), offsetof(struct a, s), offsetof(struct a, i),
           offsetof(struct a, l), offsetof(struct a, f), offsetof(struct a, d), offsetof(struct a, tail), sizeof(struct a));
    printf("%zu %zu %zu %zu | %zu\n", offsetof(struct b, inner), offsetof(struct b, inner.d), offsetof(struct b, arr),
           offsetof(struct b, z), sizeof(struct b));
    printf("%zu %zu\n", offsetof(struct b, arr[3]), __builtin_offsetof(struct b, inner.tail));
    printf("%zu %zu %zu\n", offsetof(struct c, pts[2].y), offsetof(struct c, un), offsetof(struct c, un.arr[2]));
    printf("%zu %zu\n", offsetof(union u, d), sizeof(union u));
    struct b obj = {{'x', 'y', 'z'}, {1, 2, 3, 4, 5.5f, 6.5, 't'}, {10, 20, 30, 40, 50}, 'Z'};
    char *base = (char *)&obj;
    printf("%d\n", *(int *)(base + offsetof(struct b, arr[2])));
    printf("%g\n", *(double *)(base + offsetof(struct b, inner.d)));
    printf("%c\n", *(base + offsetof(struct b, z)));
    static const size_t table[] = {offsetof(struct a, s), offsetof(struct a, l), offsetof(struct a, tail)};
    printf("%zu %zu %zu\n", table[0], table[1], table[2]);
    enum { OFF_I = offsetof(struct a, i) };
    char buf[OFF_I + 1];
    printf("%zu\n", sizeof buf);
    struct packed_like { char a; char b; short c; int d; } pl;
    printf("%zu %zu %zu %zu\n", offsetof(struct packed_like, b), offsetof(struct packed_like, c), offsetof(struct packed_like, d), sizeof pl);
    printf("%d\n", (int)((char *)&pl.d - (char *)&pl));
    return 0;
}
