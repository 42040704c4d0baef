/* More struct shapes: flexible array members, anonymous struct/union members, odd sizes
 * (3, 5, 6, 7, 9, 11, 15 bytes) passed and returned by value, a 1000-byte struct copied and
 * passed by value, _Alignas members, structs returned through function pointers and used
 * directly as call results (f().x), arrays inside structs indexed from results. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct Flex { int n; double scale; int data[]; };

struct Anon {
    int kind;
    union {
        struct { short x, y; };
        long both;
    };
    struct { char tag; char pad2[3]; };
};

typedef struct { char c[3]; } B3;
typedef struct { char c[5]; } B5;
typedef struct { short s[3]; } B6;
typedef struct { char c[7]; } B7;
typedef struct { char c[9]; } B9;
typedef struct { char c; short s; int i; char d[4]; } B11;
typedef struct { char c[15]; } B15;
typedef struct { long v[125]; } K1;

#define BUMP(T)                                         \
    static T bump_##T(T x, int k)                       \
    {                                                   \
        for (size_t i = 0; i < sizeof x.c; i++)         \
            x.c[i] = (char)(x.c[i] + k + (int)i);       \
        return x;                                       \
    }
BUMP(B3)
BUMP(B5)
BUMP(B7)
BUMP(B9)
BUMP(B15)

static B6 bump_B6(B6 x, int k)
{
    for (int i = 0; i < 3; i++)
        x.s[i] = (short)(x.s[i] * k);
    return x;
}

static B11 bump_B11(B11 x, B3 y, B5 z)
{
    x.c += y.c[0];
    x.s = (short)(x.s + z.c[4]);
    x.i *= -2;
    x.d[3] = y.c[2];
    return x;
}

static long ksum(K1 k)
{
    long s = 0;
    for (int i = 0; i < 125; i++)
        s += k.v[i] * (i % 7);
    return s;
}

static K1 kmake(long seed)
{
    K1 k;
    for (int i = 0; i < 125; i++)
        k.v[i] = seed * i - 3;
    return k;
}

struct Al { char c; _Alignas(16) int i; _Alignas(8) char d; };

struct Pt { int x, y; int arr[4]; };
static struct Pt mkpt(int v)
{
    struct Pt p = { v, -v, { v, v * 2, v * 3, v * 4 } };
    return p;
}

static void print_bytes(const char *t, const char *c, size_t n)
{
    printf("%s", t);
    for (size_t i = 0; i < n; i++)
        printf(" %d", c[i]);
    printf("\n");
}

int main(void)
{
    struct Flex *f = malloc(sizeof *f + 10 * sizeof(int));
    f->n = 10;
    f->scale = 0.5;
    for (int i = 0; i < f->n; i++)
        f->data[i] = i * i;
    long fs = 0;
    for (int i = 0; i < f->n; i++)
        fs += f->data[i];
    printf("flex %zu %zu %ld %.1f\n", sizeof(struct Flex), offsetof(struct Flex, data), fs, f->scale * f->data[9]);
    free(f);

    struct Anon a;
    memset(&a, 0, sizeof a);
    a.kind = 1;
    a.x = 3;
    a.y = -4;
    a.tag = 'T';
    printf("anon %d %d %d %c %zu %zu\n", a.kind, a.x, a.y, a.tag, sizeof a, offsetof(struct Anon, tag));
    a.both = 0x0001000200030004L;
    printf("anon both %d %d\n", a.x, a.y);

    B3 b3 = { { 1, 2, 3 } };
    B5 b5 = { { 10, 20, 30, 40, 50 } };
    B6 b6 = { { 100, -200, 300 } };
    B7 b7 = { { 1, 1, 2, 3, 5, 8, 13 } };
    B9 b9 = { "abcdefgh" };
    B15 b15 = { "fifteen bytes!" };
    b3 = bump_B3(b3, 1);
    b5 = bump_B5(b5, 2);
    b6 = bump_B6(b6, 3);
    b7 = bump_B7(b7, -1);
    b9 = bump_B9(b9, 1);
    b15 = bump_B15(b15, 0);
    print_bytes("b3", b3.c, 3);
    print_bytes("b5", b5.c, 5);
    printf("b6 %d %d %d\n", b6.s[0], b6.s[1], b6.s[2]);
    print_bytes("b7", b7.c, 7);
    print_bytes("b9", b9.c, 9);
    print_bytes("b15", b15.c, 15);
    B11 b11 = { 'a', 1000, 123456, { 1, 2, 3, 4 } };
    b11 = bump_B11(b11, b3, b5);
    printf("b11 %d %d %d %d %d %zu\n", b11.c, b11.s, b11.i, b11.d[0], b11.d[3], sizeof b11);

    K1 k = kmake(3);
    K1 k2 = k;
    k2.v[124] = 0;
    printf("k %ld %ld %ld %zu\n", ksum(k), ksum(k2), ksum(kmake(-1)), sizeof k);

    struct Al al[2];
    memset(al, 0, sizeof al);
    al[1].i = 7;
    printf("align %zu %zu %zu %zu %d\n", sizeof(struct Al), _Alignof(struct Al), offsetof(struct Al, i),
           offsetof(struct Al, d), al[1].i);

    struct Pt (*make)(int) = mkpt;
    printf("call results %d %d %d %d\n", mkpt(5).x, mkpt(6).arr[3], make(7).y, make(8).arr[mkpt(1).x]);
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += mkpt(i).arr[i];
    printf("loop of results %d\n", s);
    return 0;
}
