// covers: mutual recursion in a recursive-descent parser (expr -> term -> factor -> expr), forward declarations of static functions, recursion depth with parenthesized input, error propagation via return codes, unary minus recursion
#include <stdio.h>
#include <ctype.h>

static const char *p;
static int err;

static long expr(void);
static long term(void);
static long factor(void);

static void skip(void) { while (*p == ' ') p++; }

static long factor(void) {
    skip();
    if (*p == '(') {
        p++;
        long v = expr();
        skip();
        if (*p == ')') p++; else err = 1;
        return v;
    }
    if (*p == '-') { p++; return -factor(); }
    if (!isdigit((unsigned char)*p)) { err = 2; return 0; }
    long v = 0;
    while (isdigit((unsigned char)*p)) v = v * 10 + (*p++ - '0');
    skip();
    if (*p == '^') { p++; long e = factor(); long r = 1; while (e-- > 0) r *= v; return r; }
    return v;
}

static long term(void) {
    long v = factor();
    for (;;) {
        skip();
        if (*p == '*') { p++; v *= factor(); }
        else if (*p == '/') { p++; long d = factor(); if (d == 0) { err = 3; return 0; } v /= d; }
        else if (*p == '%') { p++; long d = factor(); if (d == 0) { err = 3; return 0; } v %= d; }
        else return v;
    }
}

static long expr(void) {
    long v = term();
    for (;;) {
        skip();
        if (*p == '+') { p++; v += term(); }
        else if (*p == '-') { p++; v -= term(); }
        else return v;
    }
}

static void eval(const char *s) {
    p = s;
    err = 0;
    long v = expr();
    if (!err && *p) err = 4;
    if (err) printf("%-28s error %d\n", s, err);
    else printf("%-28s = %ld\n", s, v);
}

int main(void) {
    eval("1 + 2 * 3");
    eval("(1 + 2) * 3");
    eval("2 ^ 10 - 24");
    eval("-(-(-5)) * 4");
    eval("100 / 7 % 5");
    eval("((((((((((42))))))))))");
    eval("2 * (3 + 4) * (5 - (6 - 7))");
    eval("1 / 0");
    eval("(1 + 2");
    eval("3 + x");
    eval("7 7");
    char deep[400];
    int k = 0;
    for (int i = 0; i < 150; i++) deep[k++] = '(';
    deep[k++] = '9';
    for (int i = 0; i < 150; i++) deep[k++] = ')';
    deep[k] = 0;
    p = deep; err = 0;
    long deepv = expr();
    printf("deep = %ld err=%d\n", deepv, err);
    return 0;
}
