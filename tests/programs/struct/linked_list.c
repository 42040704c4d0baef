// covers: self-referential structs, singly linked list with malloc/free (push, append, reverse, delete, merge sort), doubly linked list, traversal, recursion on lists
#include <stdio.h>
#include <stdlib.h>

struct node { int val; struct node *next; };

static struct node *push(struct node *head, int v) {
    struct node *n = malloc(sizeof *n);
    n->val = v; n->next = head;
    return n;
}
static struct node *reverse(struct node *h) {
    struct node *prev = NULL;
    while (h) { struct node *nx = h->next; h->next = prev; prev = h; h = nx; }
    return prev;
}
static struct node *merge(struct node *a, struct node *b) {
    struct node dummy = {0, NULL}, *t = &dummy;
    while (a && b) {
        if (a->val <= b->val) { t->next = a; a = a->next; } else { t->next = b; b = b->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return dummy.next;
}
static struct node *msort(struct node *h) {
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *b = slow->next;
    slow->next = NULL;
    return merge(msort(h), msort(b));
}
static int length_rec(const struct node *h) { return h ? 1 + length_rec(h->next) : 0; }
static void print(const char *l, const struct node *h) {
    printf("%s:", l);
    for (; h; h = h->next) printf(" %d", h->val);
    printf("\n");
}
static void free_list(struct node *h) { while (h) { struct node *n = h->next; free(h); h = n; } }

struct dnode { int v; struct dnode *prev, *next; };

int main(void) {
    struct node *h = NULL;
    int vals[] = {5, 3, 8, 1, 9, 2, 7, 3, 6, 0};
    for (int i = 0; i < 10; i++) h = push(h, vals[i]);
    print("pushed", h);
    h = reverse(h);
    print("reversed", h);
    h = msort(h);
    print("sorted", h);
    printf("len %d\n", length_rec(h));
    struct node **pp = &h;
    while (*pp) {
        if ((*pp)->val % 3 == 0) { struct node *d = *pp; *pp = d->next; free(d); }
        else pp = &(*pp)->next;
    }
    print("no3s", h);
    free_list(h);
    struct dnode *head = NULL, *tail = NULL;
    for (int i = 1; i <= 5; i++) {
        struct dnode *n = malloc(sizeof *n);
        n->v = i * 10; n->next = NULL; n->prev = tail;
        if (tail) tail->next = n; else head = n;
        tail = n;
    }
    for (struct dnode *n = tail; n; n = n->prev) printf("%d ", n->v);
    printf("\n");
    while (head) { struct dnode *n = head->next; free(head); head = n; }
    return 0;
}
