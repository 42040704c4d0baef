// covers: typedefs of scalar types, pointers, structs (tagged and anonymous), unions, enums, chained typedefs, typedef of qualified types, multiple declarators in one typedef, typedef redeclaration (C11 allows identical)
#include <stdio.h>

typedef int myint;
typedef myint *myint_ptr;
typedef unsigned long long u64, *u64p;
typedef struct { int x, y; } point_t;
typedef struct node { int v; struct node *next; } node_t, *node_p;
typedef union { float f; unsigned u; } bits_t;
typedef enum { RED, GREEN = 5, BLUE } color_t;
typedef const char *cstr;
typedef volatile int vint;
typedef int myint;            /* C11: redeclaration with the same type */
typedef point_t points3[3];

static myint twice(myint v) { return v * 2; }

int main(void) {
    myint a = 21;
    myint_ptr pa = &a;
    printf("%d %d\n", twice(a), *pa);
    u64 big = 1ULL << 40;
    u64p pb = &big;
    *pb += 1;
    printf("%llu\n", big);
    point_t p = {3, 4};
    printf("%d %d\n", p.x, p.y);
    node_t n2 = {2, NULL}, n1 = {1, &n2};
    node_p it = &n1;
    int s = 0;
    while (it) { s += it->v; it = it->next; }
    printf("%d\n", s);
    bits_t b = {.f = 1.0f};
    printf("%08x\n", b.u);
    color_t c = BLUE;
    printf("%d %d %d\n", RED, GREEN, c);
    cstr msg = "typedef'd string";
    printf("%s\n", msg);
    vint counter = 0;
    for (int i = 0; i < 5; i++) counter += i;
    printf("%d\n", counter);
    points3 tri = {{0, 0}, {4, 0}, {0, 3}};
    printf("%zu %d\n", sizeof tri, tri[1].x * tri[2].y / 2);
    printf("%zu %zu %zu\n", sizeof(myint), sizeof(u64p), sizeof(point_t));
    return 0;
}
