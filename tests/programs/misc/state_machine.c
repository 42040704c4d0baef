// covers: table-driven and switch-driven finite state machines: a lexer for a tiny language (identifiers, numbers, strings with escapes, comments, operators) and a traffic-light/vending controller with enums, transition tables of structs, function-pointer actions, event queues
#include <stdio.h>
#include <ctype.h>
#include <string.h>

enum lstate { L_START, L_IDENT, L_NUM, L_STR, L_STR_ESC, L_COMMENT, L_OP };

static void lex(const char *src) {
    enum lstate st = L_START;
    char tok[64];
    int n = 0, ntok = 0;
    for (const char *p = src;; p++) {
        char c = *p;
        switch (st) {
        case L_START:
            n = 0;
            if (!c) goto done;
            if (isspace((unsigned char)c)) break;
            if (isalpha((unsigned char)c) || c == '_') { st = L_IDENT; tok[n++] = c; }
            else if (isdigit((unsigned char)c)) { st = L_NUM; tok[n++] = c; }
            else if (c == '"') st = L_STR;
            else if (c == '#') st = L_COMMENT;
            else { tok[n++] = c; tok[n] = 0; st = L_OP; p--; }
            break;
        case L_IDENT:
            if (isalnum((unsigned char)c) || c == '_') tok[n++] = c;
            else { tok[n] = 0; printf("IDENT(%s) ", tok); ntok++; st = L_START; p--; }
            break;
        case L_NUM:
            if (isdigit((unsigned char)c) || c == '.') tok[n++] = c;
            else { tok[n] = 0; printf("NUM(%s) ", tok); ntok++; st = L_START; p--; }
            break;
        case L_STR:
            if (c == '\\') st = L_STR_ESC;
            else if (c == '"' || !c) { tok[n] = 0; printf("STR(%s) ", tok); ntok++; st = L_START; if (!c) p--; }
            else tok[n++] = c;
            break;
        case L_STR_ESC:
            tok[n++] = c == 'n' ? '|' : c;
            st = L_STR;
            break;
        case L_COMMENT:
            if (c == '\n' || !c) { st = L_START; if (!c) p--; }
            break;
        case L_OP:
            if ((c == '=' || c == '<' || c == '>' || c == '!') && p[1] == '=') { printf("OP(%c=) ", c); p++; }
            else printf("OP(%c) ", c);
            ntok++;
            st = L_START;
            break;
        }
    }
done:
    printf("\n%d tokens\n", ntok);
}

enum vstate { IDLE, HAS_COIN, VENDING, REFUND, NSTATES };
enum event { COIN, PUSH, DONE, CANCEL, NEVENTS };
static const char *vnames[] = {"IDLE", "HAS_COIN", "VENDING", "REFUND"};
static const char *enames[] = {"COIN", "PUSH", "DONE", "CANCEL"};
static int coins, vended, refunded;
static void a_coin(void) { coins++; }
static void a_vend(void) { vended++; coins--; }
static void a_refund(void) { refunded += coins; coins = 0; }
static void a_none(void) {}
struct trans { enum vstate next; void (*action)(void); };
static const struct trans table[NSTATES][NEVENTS] = {
    [IDLE] = {[COIN] = {HAS_COIN, a_coin}, [PUSH] = {IDLE, a_none}, [DONE] = {IDLE, a_none}, [CANCEL] = {IDLE, a_none}},
    [HAS_COIN] = {[COIN] = {HAS_COIN, a_coin}, [PUSH] = {VENDING, a_vend}, [DONE] = {HAS_COIN, a_none}, [CANCEL] = {REFUND, a_refund}},
    [VENDING] = {[COIN] = {VENDING, a_coin}, [PUSH] = {VENDING, a_none}, [DONE] = {IDLE, a_none}, [CANCEL] = {VENDING, a_none}},
    [REFUND] = {[COIN] = {HAS_COIN, a_coin}, [PUSH] = {REFUND, a_none}, [DONE] = {IDLE, a_none}, [CANCEL] = {IDLE, a_none}},
};

int main(void) {
    lex("let x_1 = 42 + y * 3.14; # comment here\nif (x >= 10) print(\"hi\\\"there\\n\") != z");
    lex("\"unterminated");
    enum event events[] = {PUSH, COIN, COIN, PUSH, DONE, COIN, CANCEL, DONE, COIN, PUSH, COIN, DONE, CANCEL, CANCEL};
    enum vstate s = IDLE;
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        const struct trans *t = &table[s][events[i]];
        printf("%-8s --%-6s--> %s\n", vnames[s], enames[events[i]], vnames[t->next]);
        t->action();
        s = t->next;
    }
    printf("coins=%d vended=%d refunded=%d final=%s\n", coins, vended, refunded, vnames[s]);
    return 0;
}
