// covers: pointer to pointer (int**, char**, triple pointers), modifying caller's pointer through T**, dynamic 2-D arrays via malloc of row pointers, linked list insertion through pointer-to-pointer
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };

static void advance(const char **pp, int n) { *pp += n; }
static void set_to(int **pp, int *target) { *pp = target; }
static void insert_sorted(struct node **head, int v) {
    struct node **pp = head;
    while (*pp && (*pp)->v < v) pp = &(*pp)->next;
    struct node *n = malloc(sizeof *n);
    n->v = v;
    n->next = *pp;
    *pp = n;
}
static void remove_val(struct node **head, int v) {
    for (struct node **pp = head; *pp; ) {
        if ((*pp)->v == v) { struct node *d = *pp; *pp = d->next; free(d); }
        else pp = &(*pp)->next;
    }
}

int main(void) {
    const char *s = "hello, world";
    advance(&s, 7);
    printf("%s\n", s);
    int a = 1, b = 2;
    int *p = &a;
    int **pp = &p;
    int ***ppp = &pp;
    printf("%d %d %d\n", *p, **pp, ***ppp);
    set_to(&p, &b);
    printf("%d %d\n", *p, **pp);
    ***ppp = 20;
    printf("%d\n", b);
    int rows = 4, cols = 5;
    int **grid = malloc(rows * sizeof *grid);
    for (int i = 0; i < rows; i++) {
        grid[i] = malloc(cols * sizeof **grid);
        for (int j = 0; j < cols; j++) grid[i][j] = i * cols + j;
    }
    int tr = 0;
    for (int i = 0; i < rows; i++) tr += grid[i][i];
    printf("%d %d\n", tr, *(*(grid + 3) + 4));
    for (int i = 0; i < rows; i++) free(grid[i]);
    free(grid);
    struct node *head = NULL;
    int vals[] = {5, 1, 9, 3, 7, 3, 0};
    for (int i = 0; i < 7; i++) insert_sorted(&head, vals[i]);
    for (struct node *n = head; n; n = n->next) printf("%d ", n->v);
    printf("\n");
    remove_val(&head, 3);
    remove_val(&head, 0);
    remove_val(&head, 9);
    for (struct node *n = head; n; n = n->next) printf("%d ", n->v);
    printf("\n");
    while (head) { struct node *n = head->next; free(head); head = n; }
    char *words[] = {"alpha", "beta", "gamma"};
    char **w = words;
    printf("%c %c %s\n", **w, *(*(w + 1) + 1), *(w + 2));
    return 0;
}
