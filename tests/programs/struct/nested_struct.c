// covers: nested structs and unions (named members of struct type, struct containing union containing struct), nested member access chains, nested initializers, arrays inside structs, struct containing arrays of structs
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point tl, br; };
struct color { unsigned char r, g, b; };
struct shape {
    int kind;
    union {
        struct rect r;
        struct { struct point c; int radius; } circle;
        struct point poly[4];
    } u;
    struct color fill;
    char label[8];
};

static int area(const struct shape *s) {
    switch (s->kind) {
    case 0: return (s->u.r.br.x - s->u.r.tl.x) * (s->u.r.br.y - s->u.r.tl.y);
    case 1: return 3 * s->u.circle.radius * s->u.circle.radius;
    default: {
        int a = 0;
        for (int i = 0; i < 4; i++) {
            const struct point *p = &s->u.poly[i], *q = &s->u.poly[(i + 1) % 4];
            a += p->x * q->y - q->x * p->y;
        }
        return a / 2;
    }
    }
}

int main(void) {
    struct shape shapes[3] = {
        {0, {.r = {{0, 0}, {4, 3}}}, {255, 0, 0}, "rect"},
        {1, {.circle = {{5, 5}, 2}}, {0, 255, 0}, "circle"},
        {2, {.poly = {{0, 0}, {6, 0}, {6, 2}, {0, 2}}}, {0, 0, 255}, "poly"},
    };
    for (int i = 0; i < 3; i++)
        printf("%s area=%d color=%d,%d,%d\n", shapes[i].label, area(&shapes[i]), shapes[i].fill.r, shapes[i].fill.g, shapes[i].fill.b);
    shapes[0].u.r.br.x += 10;
    shapes[1].u.circle.c.y = -1;
    printf("%d %d %d\n", area(&shapes[0]), shapes[1].u.circle.c.x, shapes[1].u.circle.c.y);
    struct rect r = shapes[0].u.r;
    r.tl = r.br;
    printf("%d %d %d %d\n", r.tl.x, r.tl.y, shapes[0].u.r.tl.x, shapes[0].u.r.tl.y);
    struct shape *sp = &shapes[2];
    sp->u.poly[3].y = 4;
    printf("%d %c\n", area(sp), sp->label[1]);
    printf("%d %d %d\n", (int)sizeof(struct point), (int)sizeof(struct rect), (int)sizeof(struct shape));
    struct { struct { struct { int deep; } c; } b; } a = {{{42}}};
    printf("%d\n", a.b.c.deep);
    return 0;
}
