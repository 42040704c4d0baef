// covers: enums in switch statements (all enumerators handled, default for out-of-range), enum-driven state machine, enum function parameters and returns, enum arrays, enums with explicit underlying values in switch, nonzero exit code
#include <stdio.h>

enum token { T_NUM, T_PLUS, T_MINUS, T_STAR, T_LPAREN, T_RPAREN, T_END };
enum state { S_START = 10, S_IN_NUM = 20, S_DONE = 30, S_ERROR = -1 };

static const char *tok_name(enum token t) {
    switch (t) {
    case T_NUM: return "NUM";
    case T_PLUS: return "PLUS";
    case T_MINUS: return "MINUS";
    case T_STAR: return "STAR";
    case T_LPAREN: return "LPAREN";
    case T_RPAREN: return "RPAREN";
    case T_END: return "END";
    }
    return "?";
}

static enum token classify(char c) {
    switch (c) {
    case '+': return T_PLUS;
    case '-': return T_MINUS;
    case '*': return T_STAR;
    case '(': return T_LPAREN;
    case ')': return T_RPAREN;
    case '\0': return T_END;
    default: return T_NUM;
    }
}

static enum state step(enum state s, char c) {
    switch (s) {
    case S_START: return c >= '0' && c <= '9' ? S_IN_NUM : S_ERROR;
    case S_IN_NUM:
        if (c >= '0' && c <= '9') return S_IN_NUM;
        return c == '\0' ? S_DONE : S_ERROR;
    default: return s;
    }
}

int main(void) {
    const char *expr = "(1+2)*3-4";
    for (const char *p = expr; ; p++) {
        enum token t = classify(*p);
        printf("%s ", tok_name(t));
        if (t == T_END) break;
    }
    printf("\n");
    const char *inputs[] = {"123", "12a", "", "7", "x"};
    int accepted = 0;
    for (int i = 0; i < 5; i++) {
        enum state s = S_START;
        const char *p = inputs[i];
        do { s = step(s, *p); } while (*p++ && s != S_ERROR);
        printf("'%s' -> %d\n", inputs[i], s);
        accepted += s == S_DONE;
    }
    enum token hist[T_END + 1] = {0};
    for (const char *p = "1+2+3*(4-5)"; *p; p++) hist[classify(*p)]++;
    for (int t = T_NUM; t <= T_END; t++) printf("%s:%d ", tok_name((enum token)t), hist[t]);
    printf("\n");
    printf("%s\n", tok_name((enum token)99));
    return accepted;
}
