// covers: building a JSON-like tree (tagged union nodes: null, bool, number, string, array, object) with malloc, recursive pretty printer with indentation and string escaping, compact printer into a growing buffer, freeing the tree
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum jt { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };
struct json {
    enum jt t;
    union { int b; double n; char *s; struct { struct json **items; char **keys; int len; } c; } u;
};

static struct json *mk(enum jt t) { struct json *j = calloc(1, sizeof *j); j->t = t; return j; }
static struct json *jnum(double v) { struct json *j = mk(J_NUM); j->u.n = v; return j; }
static struct json *jstr(const char *s) { struct json *j = mk(J_STR); j->u.s = strdup(s); return j; }
static struct json *jbool(int b) { struct json *j = mk(J_BOOL); j->u.b = b; return j; }
static void push(struct json *c, const char *key, struct json *v) {
    c->u.c.items = realloc(c->u.c.items, sizeof(struct json *) * (size_t)(c->u.c.len + 1));
    if (c->t == J_OBJ) { c->u.c.keys = realloc(c->u.c.keys, sizeof(char *) * (size_t)(c->u.c.len + 1)); c->u.c.keys[c->u.c.len] = strdup(key); }
    c->u.c.items[c->u.c.len++] = v;
}
static void print_str(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        switch (*s) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if ((unsigned char)*s < 0x20) fprintf(f, "\\u%04x", (unsigned char)*s);
            else fputc(*s, f);
        }
    }
    fputc('"', f);
}
static void pretty(FILE *f, const struct json *j, int ind) {
    switch (j->t) {
    case J_NULL: fputs("null", f); break;
    case J_BOOL: fputs(j->u.b ? "true" : "false", f); break;
    case J_NUM: fprintf(f, "%g", j->u.n); break;
    case J_STR: print_str(f, j->u.s); break;
    case J_ARR: case J_OBJ: {
        int obj = j->t == J_OBJ;
        if (!j->u.c.len) { fputs(obj ? "{}" : "[]", f); break; }
        fputs(obj ? "{\n" : "[\n", f);
        for (int i = 0; i < j->u.c.len; i++) {
            fprintf(f, "%*s", ind + 2, "");
            if (obj) { print_str(f, j->u.c.keys[i]); fputs(": ", f); }
            pretty(f, j->u.c.items[i], ind + 2);
            fputs(i + 1 < j->u.c.len ? ",\n" : "\n", f);
        }
        fprintf(f, "%*s%c", ind, "", obj ? '}' : ']');
        break;
    }
    }
}
static void compact(char **buf, size_t *len, const struct json *j) {
    char tmp[64];
#define APPEND(s) do { size_t l_ = strlen(s); *buf = realloc(*buf, *len + l_ + 1); memcpy(*buf + *len, s, l_ + 1); *len += l_; } while (0)
    switch (j->t) {
    case J_NULL: APPEND("null"); break;
    case J_BOOL: APPEND(j->u.b ? "true" : "false"); break;
    case J_NUM: snprintf(tmp, sizeof tmp, "%g", j->u.n); APPEND(tmp); break;
    case J_STR: APPEND("\""); APPEND(j->u.s); APPEND("\""); break;
    default:
        APPEND(j->t == J_OBJ ? "{" : "[");
        for (int i = 0; i < j->u.c.len; i++) {
            if (i) APPEND(",");
            if (j->t == J_OBJ) { APPEND("\""); APPEND(j->u.c.keys[i]); APPEND("\":"); }
            compact(buf, len, j->u.c.items[i]);
        }
        APPEND(j->t == J_OBJ ? "}" : "]");
    }
#undef APPEND
}
static void jfree(struct json *j) {
    if (j->t == J_STR) free(j->u.s);
    if (j->t == J_ARR || j->t == J_OBJ) {
        for (int i = 0; i < j->u.c.len; i++) { jfree(j->u.c.items[i]); if (j->t == J_OBJ) free(j->u.c.keys[i]); }
        free(j->u.c.items); free(j->u.c.keys);
    }
    free(j);
}

int main(void) {
    struct json *root = mk(J_OBJ);
    push(root, "name", jstr("cir \"test\"\n"));
    push(root, "version", jnum(1.5));
    push(root, "enabled", jbool(1));
    push(root, "nothing", mk(J_NULL));
    struct json *arr = mk(J_ARR);
    for (int i = 0; i < 4; i++) push(arr, NULL, jnum(i * i * 0.5));
    push(root, "squares", arr);
    struct json *nested = mk(J_OBJ);
    push(nested, "empty_arr", mk(J_ARR));
    push(nested, "empty_obj", mk(J_OBJ));
    push(nested, "tab\tkey", jstr("ctrl\x01"));
    struct json *deep = mk(J_ARR);
    push(deep, NULL, jbool(0));
    push(deep, NULL, jstr("x"));
    push(nested, "deep", deep);
    push(root, "nested", nested);
    pretty(stdout, root, 0);
    putchar('\n');
    char *buf = NULL;
    size_t len = 0;
    compact(&buf, &len, root);
    printf("%s\n%zu\n", buf, len);
    free(buf);
    jfree(root);
    return 0;
}
