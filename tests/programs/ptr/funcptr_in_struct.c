// covers: function pointers as struct members (vtable pattern), arrays of structs with function pointers, passing self pointer, function pointer member assigned at runtime, nested struct of ops
#include <stdio.h>
#include <math.h>

struct shape;
struct shape_ops {
    double (*area)(const struct shape *);
    double (*perimeter)(const struct shape *);
    const char *(*name)(void);
};
struct shape { const struct shape_ops *ops; double a, b; };

static double rect_area(const struct shape *s) { return s->a * s->b; }
static double rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static const char *rect_name(void) { return "rect"; }
static double circ_area(const struct shape *s) { return 3.0 * s->a * s->a; }
static double circ_perim(const struct shape *s) { return 6.0 * s->a; }
static const char *circ_name(void) { return "circle"; }
static double tri_area(const struct shape *s) { return s->a * s->b / 2; }
static double tri_perim(const struct shape *s) { return s->a + s->b + sqrt(s->a * s->a + s->b * s->b); }
static const char *tri_name(void) { return "triangle"; }

static const struct shape_ops RECT = {rect_area, rect_perim, rect_name};
static const struct shape_ops CIRC = {.name = circ_name, .area = circ_area, .perimeter = circ_perim};
static const struct shape_ops TRI = {tri_area, tri_perim, tri_name};

struct counter { int n; void (*step)(struct counter *); };
static void step1(struct counter *c) { c->n += 1; }
static void step10(struct counter *c) { c->n += 10; if (c->n > 30) c->step = step1; }

int main(void) {
    struct shape shapes[] = {{&RECT, 3, 4}, {&CIRC, 2, 0}, {&TRI, 3, 4}, {&RECT, 1.5, 2}};
    double total = 0;
    for (int i = 0; i < 4; i++) {
        const struct shape *s = &shapes[i];
        printf("%-8s area=%g perim=%g\n", s->ops->name(), s->ops->area(s), (*s->ops->perimeter)(s));
        total += s->ops->area(s);
    }
    printf("total %g\n", total);
    struct counter c = {0, step10};
    for (int i = 0; i < 8; i++) { c.step(&c); printf("%d ", c.n); }
    printf("\n");
    struct { int (*cmp)(int, int); } cmpbox[2];
    cmpbox[0].cmp = NULL;
    printf("%d\n", cmpbox[0].cmp == NULL);
    return 0;
}
