// covers: structs with const members initialized at definition, const struct objects, pointers to const structs, volatile struct members, structs containing const pointers and pointers to const, const arrays of structs in static storage
#include <stdio.h>

struct limits { const int lo, hi; const char *const label; };
struct sensor { volatile int reading; const int id; int samples; };
struct table_entry { const char *key; const int value; };

static const struct table_entry table[] = {{"alpha", 1}, {"beta", 2}, {"gamma", 3}, {"delta", 4}};
static const struct limits global_lim = {-10, 10, "global"};

static int clamp(const struct limits *l, int v) { return v < l->lo ? l->lo : v > l->hi ? l->hi : v; }
static int lookup(const char *k) {
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        const char *a = table[i].key, *b = k;
        while (*a && *a == *b) { a++; b++; }
        if (*a == *b) return table[i].value;
    }
    return -1;
}

int main(void) {
    struct limits l = {0, 100, "pct"};
    printf("%s %d %d %d\n", l.label, clamp(&l, -5), clamp(&l, 50), clamp(&l, 500));
    printf("%s %d %d\n", global_lim.label, clamp(&global_lim, -50), clamp(&global_lim, 3));
    struct sensor s = {0, 42, 0};
    for (int i = 0; i < 5; i++) { s.reading = i * 3; s.samples += s.reading; }
    printf("%d %d %d\n", s.id, s.reading, s.samples);
    printf("%d %d %d\n", lookup("gamma"), lookup("alpha"), lookup("omega"));
    const struct sensor cs = {7, 8, 9};
    const struct sensor *pcs = &cs;
    printf("%d %d %d\n", pcs->reading, pcs->id, pcs->samples);
    struct limits copy = l;   /* copying a struct with const members is fine (initialization) */
    printf("%d %d %s\n", copy.lo, copy.hi, copy.label);
    return 0;
}
