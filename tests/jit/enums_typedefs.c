/* enums (implicit and explicit values, negative, large, used as array sizes and case
 * labels, enum-typed variables and bit-fields), typedefs of every kind (scalars, pointers,
 * arrays, function types, structs, anonymous structs, typedef shadowing in a block). */
#include <stdio.h>

enum Color { RED, GREEN = 5, BLUE, ALPHA = -3, BETA, LAST = BLUE + 10 };
enum Big { BIG_A = 0x7FFFFFFF, BIG_B = -2147483647 - 1 };
enum Flags { F_READ = 1 << 0, F_WRITE = 1 << 1, F_EXEC = 1 << 2, F_ALL = F_READ | F_WRITE | F_EXEC };
enum { ANON_ONE = 1, ANON_TWO };
enum Size { N_ITEMS = 4 };

typedef unsigned long ulong_t;
typedef int *intptr;
typedef int arr5[5];
typedef int binfn(int, int);
typedef binfn *binfn_ptr;
typedef struct { int x, y; } Vec2;
typedef struct Node Node;
struct Node { int v; Node *next; };
typedef enum Color Color;
typedef const char *cstr;
typedef Vec2 Mat2[2];

static const char *color_name(Color c)
{
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    case ALPHA: return "alpha";
    case BETA: return "beta";
    case LAST: return "last";
    }
    return "?";
}

static int plus(int a, int b) { return a + b; }

struct WithEnum { enum Flags f : 4; Color c : 8; };

int main(void)
{
    printf("values %d %d %d %d %d %d\n", RED, GREEN, BLUE, ALPHA, BETA, LAST);
    printf("big %d %d %zu\n", BIG_A, BIG_B, sizeof(enum Big));
    printf("flags %d %d %d\n", F_ALL, F_READ | F_EXEC, (F_ALL & ~F_WRITE));
    printf("anon %d %d\n", ANON_ONE, ANON_TWO);
    Color cs[] = { RED, GREEN, BLUE, ALPHA, BETA, LAST, (Color)42 };
    for (int i = 0; i < 7; i++)
        printf("%s ", color_name(cs[i]));
    printf("\n");
    int items[N_ITEMS] = { [N_ITEMS - 1] = 9 };
    printf("enum size %zu %d\n", sizeof items / sizeof items[0], items[3]);
    enum Color c = GREEN;
    c++;
    printf("c++ %d %s\n", c, color_name(c));
    struct WithEnum we = { F_READ | F_WRITE, BETA };
    printf("enum bitfields %d %d\n", we.f, we.c);

    ulong_t u = 4000000000UL * 4;
    int x = 10;
    intptr ip = &x;
    arr5 a = { 1, 2, 3, 4, 5 };
    binfn_ptr f = plus;
    binfn *g = plus;
    Vec2 v = { 3, 4 };
    Node n2 = { 2, NULL }, n1 = { 1, &n2 };
    cstr s = "typedef'd string";
    Mat2 m = { { 1, 2 }, { 3, 4 } };
    printf("typedefs %lu %d %zu %d %d %d %d %s %d %zu\n", u, *ip, sizeof a, a[4], f(2, 3), g(4, 5),
           v.x * v.y, s, n1.next->v, sizeof m);
    {
        typedef double ulong_t; /* shadows the outer typedef */
        ulong_t shadow = 2.5;
        printf("shadow %.1f %zu\n", shadow, sizeof(ulong_t));
    }
    printf("outer %zu\n", sizeof(ulong_t));
    typedef int (*cmpfn)(const void *, const void *);
    cmpfn cf = NULL;
    printf("null fn %d\n", cf == NULL);
    return 0;
}
