// covers: return statements with struct values (from locals, compound literals, function calls, conditional expressions), early returns in loops and switches, return of void expression from void function, return with comma expression, multiple return paths with cleanup
#pragma GCC diagnostic ignored "-Wpedantic"
#include <stdio.h>

struct res { int ok; int value; const char *msg; };

static struct res parse_int(const char *s) {
    int v = 0, neg = 0;
    if (!*s) return (struct res){0, 0, "empty"};
    if (*s == '-') { neg = 1; s++; }
    for (; *s; s++) {
        switch (*s) {
        case '0' ... '9': v = v * 10 + (*s - '0'); break;
        case '_': continue;
        default: {
            struct res bad = {0, v, "bad char"};
            return bad;
        }
        }
        if (v > 100000) return (struct res){0, v, "too big"};
    }
    struct res r;
    r.ok = 1;
    r.value = neg ? -v : v;
    r.msg = "ok";
    return r;
}

static void say(const char *s) { printf("%s\n", s); }
static void wrapper(const char *s) { return say(s); }   /* GNU: return void expression */

static int last_of(int a, int b) { return a++, a + b; }

static struct res choose(int c) {
    struct res a = {1, 1, "first"}, b = {1, 2, "second"};
    return c ? a : b;
}

int main(void) {
    const char *inputs[] = {"123", "-45", "1_000", "", "12x", "999999", "0"};
    for (int i = 0; i < 7; i++) {
        struct res r = parse_int(inputs[i]);
        printf("'%s' -> ok=%d value=%d msg=%s\n", inputs[i], r.ok, r.value, r.msg);
    }
    wrapper("void return");
    printf("%d\n", last_of(1, 10));
    printf("%s %s\n", choose(1).msg, choose(0).msg);
    printf("%d\n", parse_int("777").value + parse_int("-7").value);
    return 0;
}
