// covers: AVL tree with malloc/free (insert with rotations, delete, height maintenance), balance verification by recursion, in-order traversal into an array, range counting, freeing the tree
#include <stdio.h>
#include <stdlib.h>

struct avl { int key, h; struct avl *l, *r; };

static int H(struct avl *t) { return t ? t->h : 0; }
static int mx(int a, int b) { return a > b ? a : b; }
static void upd(struct avl *t) { t->h = 1 + mx(H(t->l), H(t->r)); }
static struct avl *rotr(struct avl *y) { struct avl *x = y->l; y->l = x->r; x->r = y; upd(y); upd(x); return x; }
static struct avl *rotl(struct avl *x) { struct avl *y = x->r; x->r = y->l; y->l = x; upd(x); upd(y); return y; }
static struct avl *bal(struct avl *t) {
    upd(t);
    int b = H(t->l) - H(t->r);
    if (b > 1) { if (H(t->l->l) < H(t->l->r)) t->l = rotl(t->l); return rotr(t); }
    if (b < -1) { if (H(t->r->r) < H(t->r->l)) t->r = rotr(t->r); return rotl(t); }
    return t;
}
static struct avl *ins(struct avl *t, int k) {
    if (!t) { t = malloc(sizeof *t); t->key = k; t->h = 1; t->l = t->r = NULL; return t; }
    if (k < t->key) t->l = ins(t->l, k); else if (k > t->key) t->r = ins(t->r, k); else return t;
    return bal(t);
}
static struct avl *delmin(struct avl *t, struct avl **minout) {
    if (!t->l) { *minout = t; return t->r; }
    t->l = delmin(t->l, minout);
    return bal(t);
}
static struct avl *del(struct avl *t, int k) {
    if (!t) return NULL;
    if (k < t->key) t->l = del(t->l, k);
    else if (k > t->key) t->r = del(t->r, k);
    else {
        struct avl *l = t->l, *r = t->r;
        free(t);
        if (!r) return l;
        struct avl *m;
        r = delmin(r, &m);
        m->l = l; m->r = r;
        return bal(m);
    }
    return bal(t);
}
static int check(struct avl *t, int lo, int hi) {
    if (!t) return 1;
    if (t->key <= lo || t->key >= hi) return 0;
    int b = H(t->l) - H(t->r);
    if (b < -1 || b > 1 || t->h != 1 + mx(H(t->l), H(t->r))) return 0;
    return check(t->l, lo, t->key) && check(t->r, t->key, hi);
}
static int count_range(struct avl *t, int lo, int hi) {
    if (!t) return 0;
    if (t->key < lo) return count_range(t->r, lo, hi);
    if (t->key > hi) return count_range(t->l, lo, hi);
    return 1 + count_range(t->l, lo, hi) + count_range(t->r, lo, hi);
}
static int size(struct avl *t) { return t ? 1 + size(t->l) + size(t->r) : 0; }
static void destroy(struct avl *t) { if (t) { destroy(t->l); destroy(t->r); free(t); } }

int main(void) {
    struct avl *root = NULL;
    for (int i = 0; i < 1000; i++) root = ins(root, (i * 7919) % 1009);
    printf("size=%d height=%d ok=%d\n", size(root), H(root), check(root, -1, 100000));
    for (int i = 0; i < 1000; i += 3) root = del(root, i);
    printf("size=%d height=%d ok=%d\n", size(root), H(root), check(root, -1, 100000));
    printf("range[100,200]=%d range[0,1008]=%d\n", count_range(root, 100, 200), count_range(root, 0, 1008));
    for (int i = 2000; i < 3000; i++) root = ins(root, i);
    printf("size=%d height=%d ok=%d root=%d\n", size(root), H(root), check(root, -1, 100000), root->key);
    destroy(root);
    return 0;
}
