/* Compound literals (scalars, arrays, structs, at file scope and in loops, modified through
 * pointers, as function arguments) and designated initializers (struct members, array
 * indices, nested, out of order, overriding, GNU ranges, unions, with trailing zeros). */
#include <stdio.h>
#include <string.h>

struct Point { int x, y; };
struct Line { struct Point a, b; const char *label; };
struct Config { int width, height; double scale; char name[8]; int flags[4]; };
union Num { int i; float f; double d; };

static struct Point *file_scope_pt = &(struct Point){ 11, 22 };
static int *file_scope_arr = (int[]){ 5, 6, 7 };

static int sum(const int *v, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

static int manhattan(struct Point p) { return (p.x < 0 ? -p.x : p.x) + (p.y < 0 ? -p.y : p.y); }

int main(void)
{
    struct Config c = { .name = "cfg", .scale = 1.5, .width = 640, .flags = { [2] = 4, [0] = 1 } };
    printf("config %d %d %.2f %s %d %d %d %d\n", c.width, c.height, c.scale, c.name, c.flags[0], c.flags[1], c.flags[2], c.flags[3]);
    int arr[10] = { [9] = 90, [2] = 20, 30, 40, [0] = 1 };
    for (int i = 0; i < 10; i++)
        printf("%d ", arr[i]);
    printf("\n");
    int ranges[12] = { [0 ... 3] = 7, [8 ... 11] = -1, [5] = 55 };
    for (int i = 0; i < 12; i++)
        printf("%d ", ranges[i]);
    printf("\n");
    struct Line l = { .b = { .y = 9, .x = 8 }, .a.x = 1, .label = "line" };
    printf("line %d %d %d %d %s\n", l.a.x, l.a.y, l.b.x, l.b.y, l.label);
    struct Point pts[] = { [3] = { 3, 3 }, [1].y = 11, [1].x = 10 };
    printf("pts %zu %d %d %d %d\n", sizeof pts / sizeof pts[0], pts[1].x, pts[1].y, pts[3].x, pts[0].x);
    union Num u1 = { .d = 2.5 }, u2 = { .i = 77 };
    printf("union %.1f %d\n", u1.d, u2.i);
    int override[3] = { 1, 2, 3, [1] = 20 };
    printf("override %d %d %d\n", override[0], override[1], override[2]);
    char grid[3][4] = { [1] = "abc", [2][0] = 'x' };
    printf("grid %s %c %d\n", grid[1], grid[2][0], grid[0][0]);

    printf("compound sum %d %d\n", sum((int[]){ 1, 2, 3, 4 }, 4), sum((int[10]){ [9] = 5 }, 10));
    printf("compound struct %d %d\n", manhattan((struct Point){ -3, 4 }), manhattan((struct Point){ .y = -7 }));
    struct Point *pp = &(struct Point){ 1, 1 };
    pp->x += 100;
    printf("through ptr %d %d\n", pp->x, pp->y);
    int total = 0;
    for (int i = 0; i < 4; i++) {
        int *q = (int[]){ i, i * 2, i * 3 };
        total += q[0] + q[1] + q[2];
    }
    printf("loop total %d\n", total);
    printf("file scope %d %d %d\n", file_scope_pt->x, file_scope_pt->y, file_scope_arr[2]);
    file_scope_arr[0] = 50;
    printf("file scope mod %d\n", file_scope_arr[0]);
    const char *s = (const char *){ "literal" };
    printf("scalar compound %s %d %.2f\n", s, (int){ 42 }, (double){ 0.5 });
    struct Line l2 = (struct Line){ .label = "second", .a = l.b };
    printf("assign %d %d %s\n", l2.a.x, l2.a.y, l2.label);
    struct Config c2;
    memset(&c2, 1, sizeof c2);
    c2 = (struct Config){ .height = 3 };
    printf("reset %d %d %.1f %d %d\n", c2.width, c2.height, c2.scale, c2.name[0], c2.flags[3]);
    return 0;
}
