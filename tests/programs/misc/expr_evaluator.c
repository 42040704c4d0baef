// covers: recursive expression evaluator with an AST built via malloc (tagged union nodes), parser with precedence climbing, variables and assignment, unary ops, function calls (min/max/abs), constant folding pass, AST printing, recursive free, nonzero exit code
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

enum kind { NUM, VAR, BIN, NEG, CALL, ASSIGN };
struct node {
    enum kind k;
    long v;
    char op;
    char name[8];
    struct node *l, *r;
};

static const char *p;
static long vars[26];

static struct node *mk(enum kind k) { struct node *n = calloc(1, sizeof *n); n->k = k; return n; }
static void ws(void) { while (isspace((unsigned char)*p)) p++; }
static struct node *parse_expr(int minprec);

static struct node *primary(void) {
    ws();
    if (*p == '(') { p++; struct node *n = parse_expr(0); ws(); if (*p == ')') p++; return n; }
    if (*p == '-') { p++; struct node *n = mk(NEG); n->l = primary(); return n; }
    if (isdigit((unsigned char)*p)) { struct node *n = mk(NUM); n->v = strtol(p, (char **)&p, 10); return n; }
    if (isalpha((unsigned char)*p)) {
        char name[8]; int len = 0;
        while (isalpha((unsigned char)*p) && len < 7) name[len++] = *p++;
        name[len] = 0;
        ws();
        if (*p == '(') {
            p++;
            struct node *n = mk(CALL);
            strcpy(n->name, name);
            n->l = parse_expr(0);
            ws();
            if (*p == ',') { p++; n->r = parse_expr(0); }
            ws();
            if (*p == ')') p++;
            return n;
        }
        struct node *n = mk(VAR);
        strcpy(n->name, name);
        ws();
        if (*p == '=' && p[1] != '=') { p++; struct node *a = mk(ASSIGN); a->l = n; a->r = parse_expr(0); return a; }
        return n;
    }
    return mk(NUM);
}
static int prec(char c) {
    switch (c) { case '|': return 1; case '&': return 2; case '+': case '-': return 3; case '*': case '/': case '%': return 4; default: return -1; }
}
static struct node *parse_expr(int minprec) {
    struct node *lhs = primary();
    for (;;) {
        ws();
        char op = *p;
        int pr = prec(op);
        if (pr < 0 || pr < minprec) return lhs;
        p++;
        struct node *rhs = parse_expr(pr + 1);
        struct node *b = mk(BIN);
        b->op = op; b->l = lhs; b->r = rhs;
        lhs = b;
    }
}
static long eval(const struct node *n) {
    switch (n->k) {
    case NUM: return n->v;
    case VAR: return vars[n->name[0] - 'a'];
    case NEG: return -eval(n->l);
    case ASSIGN: return vars[n->l->name[0] - 'a'] = eval(n->r);
    case CALL: {
        long a = eval(n->l), b = n->r ? eval(n->r) : 0;
        if (!strcmp(n->name, "min")) return a < b ? a : b;
        if (!strcmp(n->name, "max")) return a > b ? a : b;
        if (!strcmp(n->name, "abs")) return a < 0 ? -a : a;
        return 0;
    }
    case BIN: {
        long a = eval(n->l), b = eval(n->r);
        switch (n->op) {
        case '+': return a + b; case '-': return a - b; case '*': return a * b;
        case '/': return b ? a / b : 0; case '%': return b ? a % b : 0;
        case '&': return a & b; case '|': return a | b;
        }
    }
    }
    return 0;
}
static int fold(struct node *n) {
    if (!n) return 0;
    int c = fold(n->l) + fold(n->r);
    if (n->k == BIN && n->l->k == NUM && n->r->k == NUM) {
        long v = eval(n);
        free(n->l); free(n->r);
        n->l = n->r = NULL;
        n->k = NUM; n->v = v;
        return c + 1;
    }
    return c;
}
static void show(const struct node *n) {
    switch (n->k) {
    case NUM: printf("%ld", n->v); break;
    case VAR: printf("%s", n->name); break;
    case NEG: printf("(-"); show(n->l); printf(")"); break;
    case ASSIGN: show(n->l); printf("="); show(n->r); break;
    case CALL: printf("%s(", n->name); show(n->l); if (n->r) { printf(","); show(n->r); } printf(")"); break;
    case BIN: printf("("); show(n->l); printf("%c", n->op); show(n->r); printf(")"); break;
    }
}
static void release(struct node *n) { if (n) { release(n->l); release(n->r); free(n); } }

int main(void) {
    const char *progs[] = {"x = 6 * 7", "y = x - 2 * (3 + 4)", "max(x, y) % 5 + min(-3, abs(-8))", "(1 + 2) * (3 + 4) - x / y",
                           "z = (x & 12) | (y & 3)", "-(-(-z)) + 100 / (2 + 3) * 2", "w = 10 % 4 + 2 * 3 * 4 - 1"};
    long last = 0;
    int folded = 0;
    for (int i = 0; i < 7; i++) {
        p = progs[i];
        struct node *ast = parse_expr(0);
        folded += fold(ast);
        show(ast);
        last = eval(ast);
        printf(" => %ld\n", last);
        release(ast);
    }
    printf("x=%ld y=%ld z=%ld w=%ld folded=%d\n", vars['x' - 'a'], vars['y' - 'a'], vars['z' - 'a'], vars['w' - 'a'], folded);
    return (int)(last % 50);
}
