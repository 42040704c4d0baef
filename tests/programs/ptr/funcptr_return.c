// covers: functions returning function pointers (with and without typedef, full declarator syntax int (*f(int))(int,int)), function taking and returning function pointer, function pointer to function returning function pointer
#include <stdio.h>

static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int neg(int x) { return -x; }
static int sq(int x) { return x * x; }

static int (*choose(char c))(int) {
    switch (c) {
    case '+': return inc;
    case '*': return dbl;
    case '-': return neg;
    default: return sq;
    }
}

typedef int (*unop)(int);
static unop choose_t(int i) { static const unop ops[] = {inc, dbl, neg, sq}; return ops[i & 3]; }

static int (*(*meta(void))(char))(int) { return choose; }

static int apply_n(int (*f)(int), int n, int x) { while (n--) x = f(x); return x; }

static int add3(int a, int b, int c) { return a + b + c; }
static int (*get_add3(void))(int, int, int) { return &add3; }

int main(void) {
    const char *prog = "+*+-x*";
    int v = 3;
    for (const char *p = prog; *p; p++) { v = choose(*p)(v); printf("%d ", v); }
    printf("\n");
    for (int i = 0; i < 8; i++) printf("%d ", choose_t(i)(i + 1));
    printf("\n");
    int (*(*m)(char))(int) = meta();
    printf("%d\n", m('*')(21));
    printf("%d\n", (*meta())('-')(5));
    printf("%d %d\n", apply_n(dbl, 10, 1), apply_n(choose('+'), 100, 0));
    printf("%d\n", get_add3()(1, 2, 3));
    printf("%d\n", (*get_add3())(4, 5, 6));
    unop fs[3] = {choose('+'), choose_t(1), choose('?')};
    int x = 2;
    for (int i = 0; i < 3; i++) x = fs[i](x);
    printf("%d\n", x);
    printf("%d\n", choose('+') == inc);
    return 0;
}
