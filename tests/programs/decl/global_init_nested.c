// covers: global nested struct/array/union initializers with brace elision, designators, partially initialized nested aggregates (zero-fill), arrays of structs containing arrays and pointers, static zero-initialized globals of all kinds
#pragma GCC diagnostic ignored "-Wmissing-braces"
#include <stdio.h>

struct point { int x, y; };
struct poly { const char *name; int n; struct point pts[4]; };
union num { int i; double d; };
struct entry { int key; union num val; int tags[3]; };
struct deep { struct { struct { int v[2]; } b[2]; } a; char c; };

struct poly shapes[] = {
    {"tri", 3, {{0, 0}, {1, 0}, {0, 1}}},
    {"sq", 4, {{0, 0}, {1, 0}, {1, 1}, {0, 1}}},
    {.name = "pt", .n = 1, .pts[0] = {5, 5}},
    {"elided", 2, 7, 8, 9, 10},
};
struct entry entries[3] = {{1, {10}, {1, 2}}, {2, {.d = 0.5}}, [2] = {3, {.i = 30}, {[2] = 9}}};
struct deep dp = {{{{{1, 2}}, {{3, 4}}}}, 'z'};
struct deep dp2 = {1, 2, 3, 4, 'y'};
int zeros[5];
struct poly zero_poly;
double zero_d;
char *zero_p;

int main(void) {
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        printf("%s %d:", shapes[i].name, shapes[i].n);
        for (int j = 0; j < 4; j++) printf(" (%d,%d)", shapes[i].pts[j].x, shapes[i].pts[j].y);
        printf("\n");
    }
    printf("%d %d %d %d\n", entries[0].key, entries[0].val.i, entries[0].tags[1], entries[0].tags[2]);
    printf("%d %g %d\n", entries[1].key, entries[1].val.d, entries[1].tags[0]);
    printf("%d %d %d\n", entries[2].key, entries[2].val.i, entries[2].tags[2]);
    printf("%d %d %d %d %c\n", dp.a.b[0].v[0], dp.a.b[0].v[1], dp.a.b[1].v[0], dp.a.b[1].v[1], dp.c);
    printf("%d %d %d %d %c\n", dp2.a.b[0].v[0], dp2.a.b[0].v[1], dp2.a.b[1].v[0], dp2.a.b[1].v[1], dp2.c);
    int zs = 0;
    for (int i = 0; i < 5; i++) zs += zeros[i];
    printf("%d %d %d %g %d\n", zs, zero_poly.n, zero_poly.name == 0, zero_d, zero_p == 0);
    return 0;
}
