/* Heap data structures: a linked list (insert, reverse, delete, free), a chained hash table
 * with string keys and rehashing, a growable array with realloc, a binary search tree,
 * calloc zeroing. Everything is freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Node { int val; struct Node *next; };

static struct Node *push(struct Node *head, int v)
{
    struct Node *n = malloc(sizeof *n);
    n->val = v;
    n->next = head;
    return n;
}

static struct Node *reverse(struct Node *h)
{
    struct Node *prev = NULL;
    while (h) {
        struct Node *nx = h->next;
        h->next = prev;
        prev = h;
        h = nx;
    }
    return prev;
}

static struct Node *remove_if(struct Node *h, int (*pred)(int))
{
    struct Node **pp = &h;
    while (*pp) {
        if (pred((*pp)->val)) {
            struct Node *dead = *pp;
            *pp = dead->next;
            free(dead);
        } else {
            pp = &(*pp)->next;
        }
    }
    return h;
}

static int is_mult3(int v) { return v % 3 == 0; }

struct Entry { char *key; long value; struct Entry *next; };
struct Table { struct Entry **buckets; size_t nbuckets, count; };

static unsigned long hash(const char *s)
{
    unsigned long h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static void rehash(struct Table *t)
{
    size_t nb = t->nbuckets * 2;
    struct Entry **b = calloc(nb, sizeof *b);
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct Entry *e = t->buckets[i];
        while (e) {
            struct Entry *nx = e->next;
            size_t k = hash(e->key) % nb;
            e->next = b[k];
            b[k] = e;
            e = nx;
        }
    }
    free(t->buckets);
    t->buckets = b;
    t->nbuckets = nb;
}

static void put(struct Table *t, const char *key, long value)
{
    size_t k = hash(key) % t->nbuckets;
    for (struct Entry *e = t->buckets[k]; e; e = e->next)
        if (strcmp(e->key, key) == 0) {
            e->value = value;
            return;
        }
    struct Entry *e = malloc(sizeof *e);
    e->key = malloc(strlen(key) + 1);
    strcpy(e->key, key);
    e->value = value;
    e->next = t->buckets[k];
    t->buckets[k] = e;
    if (++t->count > t->nbuckets * 2)
        rehash(t);
}

static long *get(struct Table *t, const char *key)
{
    for (struct Entry *e = t->buckets[hash(key) % t->nbuckets]; e; e = e->next)
        if (strcmp(e->key, key) == 0)
            return &e->value;
    return NULL;
}

static void free_table(struct Table *t)
{
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct Entry *e = t->buckets[i];
        while (e) {
            struct Entry *nx = e->next;
            free(e->key);
            free(e);
            e = nx;
        }
    }
    free(t->buckets);
}

struct Tree { int key; struct Tree *l, *r; };

static struct Tree *insert(struct Tree *t, int key)
{
    if (!t) {
        t = calloc(1, sizeof *t);
        t->key = key;
        return t;
    }
    if (key < t->key)
        t->l = insert(t->l, key);
    else if (key > t->key)
        t->r = insert(t->r, key);
    return t;
}

static void inorder(struct Tree *t, int *out, int *n)
{
    if (!t)
        return;
    inorder(t->l, out, n);
    out[(*n)++] = t->key;
    inorder(t->r, out, n);
}

static int height(struct Tree *t)
{
    if (!t)
        return 0;
    int a = height(t->l), b = height(t->r);
    return 1 + (a > b ? a : b);
}

static void free_tree(struct Tree *t)
{
    if (!t)
        return;
    free_tree(t->l);
    free_tree(t->r);
    free(t);
}

int main(void)
{
    struct Node *list = NULL;
    for (int i = 1; i <= 20; i++)
        list = push(list, i);
    list = reverse(list);
    list = remove_if(list, is_mult3);
    int count = 0;
    long sum = 0;
    for (struct Node *n = list; n; n = n->next) {
        printf("%d ", n->val);
        count++;
        sum += n->val;
    }
    printf("\nlist %d %ld\n", count, sum);
    while (list) {
        struct Node *nx = list->next;
        free(list);
        list = nx;
    }

    struct Table t = { calloc(4, sizeof(struct Entry *)), 4, 0 };
    char key[32];
    for (int i = 0; i < 500; i++) {
        snprintf(key, sizeof key, "key%d", i * 7);
        put(&t, key, i);
    }
    for (int i = 0; i < 500; i += 50) {
        snprintf(key, sizeof key, "key%d", i * 7);
        put(&t, key, -i);
    }
    long total = 0;
    int missing = 0;
    for (int i = 0; i < 600; i++) {
        snprintf(key, sizeof key, "key%d", i * 7);
        long *v = get(&t, key);
        if (v)
            total += *v;
        else
            missing++;
    }
    printf("hash count=%zu buckets=%zu total=%ld missing=%d\n", t.count, t.nbuckets, total, missing);
    free_table(&t);

    size_t cap = 1, len = 0;
    int *arr = malloc(cap * sizeof *arr);
    for (int i = 0; i < 10000; i++) {
        if (len == cap) {
            cap *= 2;
            arr = realloc(arr, cap * sizeof *arr);
        }
        arr[len++] = i * i % 1009;
    }
    long asum = 0;
    for (size_t i = 0; i < len; i++)
        asum += arr[i];
    arr = realloc(arr, 10 * sizeof *arr);
    printf("vector len=%zu cap=%zu sum=%ld first=%d,%d,%d\n", len, cap, asum, arr[0], arr[5], arr[9]);
    free(arr);

    struct Tree *tree = NULL;
    unsigned x = 12345;
    for (int i = 0; i < 1000; i++) {
        x = x * 1103515245u + 12345u;
        tree = insert(tree, (int)(x >> 16) % 5000);
    }
    int *keys = malloc(1000 * sizeof *keys);
    int nk = 0;
    inorder(tree, keys, &nk);
    int sorted = 1;
    for (int i = 1; i < nk; i++)
        if (keys[i - 1] >= keys[i])
            sorted = 0;
    printf("tree n=%d sorted=%d height=%d min=%d max=%d\n", nk, sorted, height(tree), keys[0], keys[nk - 1]);
    free(keys);
    free_tree(tree);

    int *z = calloc(100, sizeof *z);
    int nz = 0;
    for (int i = 0; i < 100; i++)
        nz += z[i] != 0;
    printf("calloc nonzero %d\n", nz);
    free(z);
    char *s = strdup("duplicated");
    printf("strdup %s\n", s);
    free(s);
    return 0;
}
