// covers: flexible array members (struct with trailing T arr[]), malloc with offsetof/sizeof plus n elements, sizeof excludes flexible member, static initialization of flexible array (GNU), arrays of chars as flexible member for strings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct vec { size_t len; int data[]; };
struct str { int refs; char s[]; };
struct dvec { short n; double v[]; };

static struct vec *vec_new(size_t n) {
    struct vec *v = malloc(sizeof *v + n * sizeof v->data[0]);
    v->len = n;
    for (size_t i = 0; i < n; i++) v->data[i] = (int)(i * i);
    return v;
}
static struct str *str_new(const char *s) {
    size_t n = strlen(s);
    struct str *r = malloc(offsetof(struct str, s) + n + 1);
    r->refs = 1;
    memcpy(r->s, s, n + 1);
    return r;
}

static struct dvec sdv = {3, {1.5, 2.5, 3.5}};   /* GNU: static init of flexible array */

int main(void) {
    printf("%zu %zu %zu\n", sizeof(struct vec), sizeof(struct str), sizeof(struct dvec));
    struct vec *v = vec_new(10);
    long sum = 0;
    for (size_t i = 0; i < v->len; i++) sum += v->data[i];
    printf("%zu %ld\n", v->len, sum);
    v = realloc(v, sizeof *v + 20 * sizeof v->data[0]);
    for (size_t i = v->len; i < 20; i++) v->data[i] = -(int)i;
    v->len = 20;
    printf("%d %d\n", v->data[9], v->data[19]);
    free(v);
    struct str *s = str_new("flexible array member");
    printf("%s %d %zu\n", s->s, s->refs, strlen(s->s));
    s->s[0] = 'F';
    printf("%s\n", s->s);
    free(s);
    printf("%d %g %g\n", sdv.n, sdv.v[0], sdv.v[2]);
    struct vec *vs[3];
    for (int i = 0; i < 3; i++) vs[i] = vec_new((size_t)(i + 2));
    for (int i = 0; i < 3; i++) { printf("%zu:%d ", vs[i]->len, vs[i]->data[vs[i]->len - 1]); free(vs[i]); }
    printf("\n");
    return 0;
}
