// covers: incomplete struct types (forward declarations), opaque handle pattern with pointers to incomplete types, mutually recursive structs, completing a type later in the file, struct tag scopes (inner tag shadowing outer), typedef of incomplete struct
#include <stdio.h>
#include <stdlib.h>

typedef struct stack stack_t;          /* incomplete here */
static stack_t *stack_new(void);
static void stack_push(stack_t *s, int v);
static int stack_pop(stack_t *s);
static int stack_size(const stack_t *s);
static void stack_free(stack_t *s);

struct a;                              /* mutually recursive */
struct b { int id; struct a *partner; };
struct a { int id; struct b *partner; };

struct tag { int outer; };

int main(void) {
    stack_t *s = stack_new();
    for (int i = 1; i <= 10; i++) stack_push(s, i * i);
    printf("%d\n", stack_size(s));
    int sum = 0;
    while (stack_size(s) > 3) sum += stack_pop(s);
    printf("%d %d\n", sum, stack_size(s));
    stack_free(s);
    struct a x = {1, NULL};
    struct b y = {2, &x};
    x.partner = &y;
    printf("%d %d %d\n", x.partner->id, y.partner->id, x.partner->partner->partner->id);
    struct tag t1 = {5};
    {
        struct tag { double inner; char c; };   /* shadows outer tag */
        struct tag t2 = {2.5, 'q'};
        printf("%g %c %zu\n", t2.inner, t2.c, sizeof(struct tag));
    }
    printf("%d %zu\n", t1.outer, sizeof(struct tag));
    return 0;
}

struct stack { int *data; int n, cap; };   /* completed after use through pointers */

static stack_t *stack_new(void) { stack_t *s = malloc(sizeof *s); s->data = NULL; s->n = s->cap = 0; return s; }
static void stack_push(stack_t *s, int v) {
    if (s->n == s->cap) { s->cap = s->cap ? s->cap * 2 : 4; s->data = realloc(s->data, (size_t)s->cap * sizeof *s->data); }
    s->data[s->n++] = v;
}
static int stack_pop(stack_t *s) { return s->data[--s->n]; }
static int stack_size(const stack_t *s) { return s->n; }
static void stack_free(stack_t *s) { free(s->data); free(s); }
