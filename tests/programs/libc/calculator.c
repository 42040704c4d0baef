// covers: tokenizer (numbers with decimals, identifiers, operators, parentheses) and shunting-yard conversion to RPN, RPN evaluation with a stack, variables table, functions (sqrt, max via name lookup), error reporting, double printing with %g
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>
#include <math.h>

enum tt { NUM, IDENT, OP, LP, RP, COMMA, END, ERR };
struct tok { enum tt t; double v; char name[16]; char op; };

static const char *src;
static struct tok next_tok(void) {
    struct tok k = {END, 0, "", 0};
    while (isspace((unsigned char)*src)) src++;
    if (!*src) return k;
    if (isdigit((unsigned char)*src) || *src == '.') { char *e; k.t = NUM; k.v = strtod(src, &e); src = e; return k; }
    if (isalpha((unsigned char)*src)) {
        int n = 0;
        k.t = IDENT;
        while (isalnum((unsigned char)*src) && n < 15) k.name[n++] = *src++;
        k.name[n] = 0;
        return k;
    }
    char c = *src++;
    if (strchr("+-*/^", c)) { k.t = OP; k.op = c; return k; }
    if (c == '(') { k.t = LP; return k; }
    if (c == ')') { k.t = RP; return k; }
    if (c == ',') { k.t = COMMA; return k; }
    k.t = ERR; k.op = c;
    return k;
}

static int prec(char op) { return op == '^' ? 3 : (op == '*' || op == '/') ? 2 : 1; }
static double vars[26];

static int eval(const char *expr, double *out) {
    struct tok outq[64], ops[64];
    int no = 0, nops = 0;
    src = expr;
    for (struct tok k = next_tok(); k.t != END; k = next_tok()) {
        switch (k.t) {
        case NUM: outq[no++] = k; break;
        case IDENT:
            if (strcmp(k.name, "sqrt") == 0 || strcmp(k.name, "max") == 0) ops[nops++] = k;
            else if (strlen(k.name) == 1 && islower((unsigned char)k.name[0])) { k.t = NUM; k.v = vars[k.name[0] - 'a']; outq[no++] = k; }
            else return -1;
            break;
        case OP:
            while (nops && ops[nops - 1].t == OP &&
                   (prec(ops[nops - 1].op) > prec(k.op) || (prec(ops[nops - 1].op) == prec(k.op) && k.op != '^')))
                outq[no++] = ops[--nops];
            ops[nops++] = k;
            break;
        case LP: ops[nops++] = k; break;
        case COMMA:
            while (nops && ops[nops - 1].t != LP) outq[no++] = ops[--nops];
            break;
        case RP:
            while (nops && ops[nops - 1].t != LP) outq[no++] = ops[--nops];
            if (!nops) return -2;
            nops--;
            if (nops && ops[nops - 1].t == IDENT) outq[no++] = ops[--nops];
            break;
        default: return -3;
        }
    }
    while (nops) { if (ops[nops - 1].t == LP) return -2; outq[no++] = ops[--nops]; }
    double st[64];
    int sp = 0;
    for (int i = 0; i < no; i++) {
        struct tok *k = &outq[i];
        if (k->t == NUM) { st[sp++] = k->v; continue; }
        if (k->t == IDENT && strcmp(k->name, "sqrt") == 0) { if (sp < 1) return -4; st[sp - 1] = sqrt(st[sp - 1]); continue; }
        if (sp < 2) return -4;
        double b = st[--sp], a = st[--sp];
        if (k->t == IDENT) { st[sp++] = a > b ? a : b; continue; }
        switch (k->op) {
        case '+': st[sp++] = a + b; break;
        case '-': st[sp++] = a - b; break;
        case '*': st[sp++] = a * b; break;
        case '/': st[sp++] = a / b; break;
        case '^': st[sp++] = pow(a, b); break;
        }
    }
    if (sp != 1) return -5;
    *out = st[0];
    return 0;
}

int main(void) {
    vars['x' - 'a'] = 3;
    vars['y' - 'a'] = 4.5;
    const char *exprs[] = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "sqrt(x*x + 16)", "max(x, y) * 2",
                           "x * (y - 0.5) / (1 + 1)", "3 + ", "(4 + 5", "2 $ 3", "unknown + 1", "max(sqrt(81), 2^3) + .25"};
    for (int i = 0; i < 12; i++) {
        double v;
        int rc = eval(exprs[i], &v);
        if (rc) printf("%-26s -> error %d\n", exprs[i], rc);
        else printf("%-26s -> %g\n", exprs[i], v);
    }
    return 0;
}
