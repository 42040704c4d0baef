// covers: a string-keyed hash table with separate chaining (FNV-1a hash, malloc'd nodes, resize/rehash, insert/update/lookup/delete, iteration in bucket order), strdup of keys, freeing everything
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { char *key; int value; struct entry *next; };
struct table { struct entry **buckets; size_t nbuckets, count; };

static unsigned long fnv1a(const char *s) {
    unsigned long h = 1469598103934665603UL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211UL; }
    return h;
}
static void table_init(struct table *t, size_t n) { t->buckets = calloc(n, sizeof *t->buckets); t->nbuckets = n; t->count = 0; }
static void rehash(struct table *t, size_t n) {
    struct entry **nb = calloc(n, sizeof *nb);
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct entry *e = t->buckets[i];
        while (e) {
            struct entry *next = e->next;
            size_t j = fnv1a(e->key) % n;
            e->next = nb[j]; nb[j] = e;
            e = next;
        }
    }
    free(t->buckets);
    t->buckets = nb; t->nbuckets = n;
}
static void put(struct table *t, const char *k, int v) {
    size_t i = fnv1a(k) % t->nbuckets;
    for (struct entry *e = t->buckets[i]; e; e = e->next)
        if (strcmp(e->key, k) == 0) { e->value = v; return; }
    struct entry *e = malloc(sizeof *e);
    e->key = strdup(k); e->value = v; e->next = t->buckets[i]; t->buckets[i] = e;
    if (++t->count > t->nbuckets * 3 / 4) rehash(t, t->nbuckets * 2 + 1);
}
static int *get(struct table *t, const char *k) {
    for (struct entry *e = t->buckets[fnv1a(k) % t->nbuckets]; e; e = e->next)
        if (strcmp(e->key, k) == 0) return &e->value;
    return NULL;
}
static int del(struct table *t, const char *k) {
    struct entry **pp = &t->buckets[fnv1a(k) % t->nbuckets];
    for (; *pp; pp = &(*pp)->next)
        if (strcmp((*pp)->key, k) == 0) {
            struct entry *d = *pp; *pp = d->next; free(d->key); free(d); t->count--; return 1;
        }
    return 0;
}
static void table_free(struct table *t) {
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct entry *e = t->buckets[i];
        while (e) { struct entry *n = e->next; free(e->key); free(e); e = n; }
    }
    free(t->buckets);
}

int main(void) {
    struct table t;
    table_init(&t, 7);
    const char *text = "it was the best of times it was the worst of times it was the age of wisdom "
                       "it was the age of foolishness it was the epoch of belief";
    char *copy = strdup(text);
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
        int *c = get(&t, w);
        if (c) (*c)++; else put(&t, w, 1);
    }
    free(copy);
    printf("unique %zu buckets %zu\n", t.count, t.nbuckets);
    const char *q[] = {"it", "was", "the", "of", "times", "wisdom", "missing"};
    for (int i = 0; i < 7; i++) { int *c = get(&t, q[i]); printf("%s=%d ", q[i], c ? *c : 0); }
    printf("\n");
    int d1 = del(&t, "the");
    int d2 = del(&t, "the");
    printf("%d %d\n", d1, d2);
    char key[16];
    for (int i = 0; i < 200; i++) { sprintf(key, "k%03d", i); put(&t, key, i * i); }
    long sum = 0;
    for (int i = 0; i < 200; i += 7) { sprintf(key, "k%03d", i); sum += *get(&t, key); }
    printf("count %zu buckets %zu sum %ld\n", t.count, t.nbuckets, sum);
    size_t maxchain = 0, used = 0;
    for (size_t i = 0; i < t.nbuckets; i++) {
        size_t len = 0;
        for (struct entry *e = t.buckets[i]; e; e = e->next) len++;
        if (len) used++;
        if (len > maxchain) maxchain = len;
    }
    printf("used %zu maxchain %zu\n", used, maxchain);
    table_free(&t);
    return 0;
}
