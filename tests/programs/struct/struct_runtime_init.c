// covers: automatic struct/array initializers with non-constant expressions (function calls, parameters, other locals), partial initialization zero-filling remaining members, {0} universal zero initializer, static vs automatic zero init, nested braces elision
#include <stdio.h>
#pragma GCC diagnostic ignored "-Wmissing-braces"

struct inner { int a, b; };
struct outer { int n; struct inner in[3]; double d; char name[6]; };

static int counter;
static int next(void) { return ++counter * 10; }

static struct outer build(int base) {
    struct outer o = {base, {{base + 1, base + 2}, {next(), next()}}, base / 4.0, {'o', 'k'}};
    return o;
}

int main(void) {
    struct outer a = build(8);
    printf("%d %d %d %d %d %d %d %g %s\n", a.n, a.in[0].a, a.in[0].b, a.in[1].a, a.in[1].b, a.in[2].a, a.in[2].b, a.d, a.name);
    struct outer z = {0};
    printf("%d %d %g %d\n", z.n, z.in[2].b, z.d, z.name[5]);
    static struct outer sz;
    printf("%d %d %g\n", sz.n, sz.in[1].a, sz.d);
    struct outer elided = {1, 2, 3, 4, 5, 6, 7, 8.5, "abc"};
    printf("%d %d %d %d %d %d %d %g %s\n", elided.n, elided.in[0].a, elided.in[0].b, elided.in[1].a, elided.in[1].b,
           elided.in[2].a, elided.in[2].b, elided.d, elided.name);
    int x = next();
    int arr[5] = {x, x + 1, next()};
    printf("%d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4]);
    struct inner pairs[4] = {{1}, [2] = {.b = x}};
    for (int i = 0; i < 4; i++) printf("(%d,%d)", pairs[i].a, pairs[i].b);
    printf("\n");
    for (int i = 0; i < 3; i++) {
        struct inner t = {i, i * i};
        int local[3] = {t.b};
        printf("%d %d %d %d\n", t.a, t.b, local[0], local[2]);
    }
    return 0;
}
