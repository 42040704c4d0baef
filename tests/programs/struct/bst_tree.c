// covers: binary search tree with malloc (insert, search, delete with successor, in-order/pre-order traversal, height, free), struct with two self pointers, recursion with struct pointers, nonzero exit code
#include <stdio.h>
#include <stdlib.h>

struct tree { int key; int count; struct tree *left, *right; };

static struct tree *insert(struct tree *t, int k) {
    if (!t) { t = calloc(1, sizeof *t); t->key = k; t->count = 1; return t; }
    if (k < t->key) t->left = insert(t->left, k);
    else if (k > t->key) t->right = insert(t->right, k);
    else t->count++;
    return t;
}
static struct tree *find(struct tree *t, int k) {
    while (t && t->key != k) t = k < t->key ? t->left : t->right;
    return t;
}
static struct tree *delete(struct tree *t, int k) {
    if (!t) return NULL;
    if (k < t->key) t->left = delete(t->left, k);
    else if (k > t->key) t->right = delete(t->right, k);
    else {
        if (!t->left || !t->right) { struct tree *c = t->left ? t->left : t->right; free(t); return c; }
        struct tree *s = t->right;
        while (s->left) s = s->left;
        t->key = s->key; t->count = s->count;
        t->right = delete(t->right, s->key);
    }
    return t;
}
static int height(const struct tree *t) {
    if (!t) return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}
static void inorder(const struct tree *t) { if (t) { inorder(t->left); printf(" %d", t->key); if (t->count > 1) printf("x%d", t->count); inorder(t->right); } }
static void preorder(const struct tree *t) { if (t) { printf(" %d", t->key); preorder(t->left); preorder(t->right); } }
static void destroy(struct tree *t) { if (t) { destroy(t->left); destroy(t->right); free(t); } }
static int count_nodes(const struct tree *t) { return t ? 1 + count_nodes(t->left) + count_nodes(t->right) : 0; }

int main(void) {
    struct tree *root = NULL;
    unsigned seed = 7;
    for (int i = 0; i < 40; i++) {
        seed = seed * 1103515245u + 12345u;
        root = insert(root, (int)((seed >> 16) % 50));
    }
    printf("in:"); inorder(root); printf("\n");
    printf("pre:"); preorder(root); printf("\n");
    printf("h=%d n=%d\n", height(root), count_nodes(root));
    int q[] = {3, 17, 25, 49, 0};
    for (int i = 0; i < 5; i++) printf("%d:%s ", q[i], find(root, q[i]) ? "y" : "n");
    printf("\n");
    for (int k = 0; k < 50; k += 3) root = delete(root, k);
    printf("in:"); inorder(root); printf("\n");
    int n = count_nodes(root);
    printf("h=%d n=%d\n", height(root), n);
    destroy(root);
    return n % 5 + 1;
}
