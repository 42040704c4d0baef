// covers: designated initializers for structs (out of order, partial, zero fill), arrays ([2] = x, mixing positional after designator), unions (.member), nested .a.b = y, array of structs with [i].field designators, char arrays by designator
#include <stdio.h>

struct point { int x, y, z; };
struct line { struct point a, b; const char *name; };
union val { int i; double d; char c[8]; };
struct cfg { int id; struct { int w, h; } size; int flags[4]; union val v; };

int main(void) {
    struct point p1 = {.z = 3, .x = 1};
    printf("%d %d %d\n", p1.x, p1.y, p1.z);
    struct point p2 = {.y = 5, 6};   /* positional continues after y -> z */
    printf("%d %d %d\n", p2.x, p2.y, p2.z);
    int arr[10] = {[2] = 20, [7] = 70, 80, [0] = 1};
    for (int i = 0; i < 10; i++) printf("%d ", arr[i]);
    printf("\n");
    int sized[] = {[5] = 5, [1] = 1};
    printf("%zu\n", sizeof sized / sizeof sized[0]);
    struct line l = {.b.y = 9, .a = {.x = 1}, .name = "diag", .b.x = 8};
    printf("%d %d %d %d %d %d %s\n", l.a.x, l.a.y, l.a.z, l.b.x, l.b.y, l.b.z, l.name);
    union val v1 = {.d = 2.5};
    union val v2 = {.c = "abc"};
    union val v3 = {42};
    printf("%g %s %d\n", v1.d, v2.c, v3.i);
    struct cfg c = {.size.h = 480, .flags = {[3] = 1, [1] = 2}, .id = 7, .v.d = 0.125, .size.w = 640};
    printf("%d %d %d %d %d %d %d %g\n", c.id, c.size.w, c.size.h, c.flags[0], c.flags[1], c.flags[2], c.flags[3], c.v.d);
    struct point pts[4] = {[2].y = 22, [0] = {1, 2, 3}, [3].z = 33, [1].x = 11};
    for (int i = 0; i < 4; i++) printf("(%d,%d,%d) ", pts[i].x, pts[i].y, pts[i].z);
    printf("\n");
    char s[8] = {[0] = 'h', [1] = 'i', [4] = '!'};
    for (int i = 0; i < 8; i++) printf("%d ", s[i]);
    printf("\n");
    int m[3][3] = {[0][0] = 1, [1] = {[1] = 5}, [2][2] = 9};
    for (int i = 0; i < 3; i++) printf("%d %d %d\n", m[i][0], m[i][1], m[i][2]);
    const char *names[] = {[3] = "three", [1] = "one"};
    for (int i = 0; i < 4; i++) printf("%s ", names[i] ? names[i] : "-");
    printf("\n");
    return 0;
}
