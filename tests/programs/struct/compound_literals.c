// covers: compound literals: struct (struct S){...}, arrays (int[]){1,2,3}, &(struct S){...} pointers, compound literals as function arguments and return values, modifiable compound literals, lifetime within block, in loops (fresh each iteration), const compound literals, designated compound literals
#include <stdio.h>
#include <string.h>

struct pt { int x, y; };
struct rect { struct pt a, b; };

static int area(const struct rect *r) { return (r->b.x - r->a.x) * (r->b.y - r->a.y); }
static int sum(const int *v, int n) { int s = 0; while (n--) s += v[n]; return s; }
static struct pt mid(struct pt a, struct pt b) { return (struct pt){(a.x + b.x) / 2, (a.y + b.y) / 2}; }

int main(void) {
    struct pt p = (struct pt){3, 4};
    printf("%d %d\n", p.x, p.y);
    printf("%d\n", area(&(struct rect){{0, 0}, {5, 6}}));
    printf("%d\n", area(&(struct rect){.b = {2, 2}, .a = {-1, -1}}));
    printf("%d\n", sum((int[]){1, 2, 3, 4, 5}, 5));
    printf("%d\n", sum((int[10]){[9] = 100, [0] = 1}, 10));
    int *arr = (int[]){10, 20, 30};
    arr[1] += 5;
    printf("%d %d %d\n", arr[0], arr[1], arr[2]);
    struct pt *pp = &(struct pt){7, 8};
    pp->x *= 2;
    printf("%d %d\n", pp->x, pp->y);
    struct pt m = mid((struct pt){0, 0}, (struct pt){10, 20});
    printf("%d %d\n", m.x, m.y);
    const char *s = (const char[]){'h', 'e', 'y', 0};
    printf("%s\n", s);
    const int *ci = (const int[]){5, 6};
    printf("%d\n", ci[0] * ci[1]);
    int total = 0;
    for (int i = 0; i < 4; i++) {
        int *tmp = (int[3]){i, i * 2, i * 3};
        tmp[0] += 1;
        total += tmp[0] + tmp[1] + tmp[2];
    }
    printf("%d\n", total);
    struct pt pts[3];
    for (int i = 0; i < 3; i++) pts[i] = (struct pt){.y = i, .x = -i};
    printf("%d %d %d %d\n", pts[1].x, pts[1].y, pts[2].x, pts[2].y);
    char buf[16];
    strcpy(buf, (char[]){"literal"});
    printf("%s %zu\n", buf, sizeof((char[]){"literal"}));
    double d = ((double[]){1.5, 2.5})[1];
    printf("%g\n", d);
    int n = (int)(sizeof (int[]){1, 2, 3, 4} / sizeof(int));
    printf("%d\n", n);
    struct rect r = {(struct pt){1, 1}, (struct pt){4, 5}};
    printf("%d\n", area(&r));
    printf("%d\n", ((struct pt){9, 10}).y);
    return 0;
}
