// covers: short-circuit evaluation of && and || with side effects, nested mixtures, in loop conditions, guarding null pointer dereference and division by zero
#pragma GCC diagnostic ignored "-Wparentheses"
#include <stdio.h>

static int trace[64];
static int nt;
static int t(int id, int v) { trace[nt++] = id; return v; }
static void dump(const char *label, int r) {
    printf("%s=%d:", label, r);
    for (int i = 0; i < nt; i++) printf(" %d", trace[i]);
    printf("\n");
    nt = 0;
}

struct node { int val; struct node *next; };

int main(void) {
    int r;
    r = t(1, 0) && t(2, 1); dump("a", r);
    r = t(1, 1) && t(2, 1); dump("b", r);
    r = t(1, 1) || t(2, 0); dump("c", r);
    r = t(1, 0) || t(2, 0); dump("d", r);
    r = t(1, 1) && t(2, 0) || t(3, 1); dump("e", r);
    r = t(1, 0) || t(2, 1) && t(3, 0); dump("f", r);
    r = (t(1, 0) || t(2, 1)) && t(3, 5); dump("g", r);
    r = t(1, 1) && (t(2, 0) || t(3, 0)) && t(4, 1); dump("h", r);
    r = !t(1, 0) && !t(2, 3); dump("i", r);
    int x = 0;
    r = x != 0 && 10 / x > 1; printf("%d\n", r);
    x = 5;
    r = x != 0 && 10 / x > 1; printf("%d\n", r);
    struct node n3 = {3, NULL}, n2 = {2, &n3}, n1 = {1, &n2};
    struct node *p = &n1;
    int depth = 0;
    while (p && p->val < 3) { depth++; p = p->next; }
    printf("%d %d\n", depth, p ? p->val : -1);
    p = NULL;
    printf("%d\n", p && p->val);
    int i = 0, j = 0;
    while (i < 10 && (j += i, j < 20)) i++;
    printf("%d %d\n", i, j);
    int c = 0;
    if (c++ || c++ || c++) printf("c=%d\n", c);
    c = 0;
    if (++c && ++c && c++ > 5) printf("never\n");
    printf("c=%d\n", c);
    int k = 0;
    for (int m = 0; m < 8; m++) k += (m & 1) && (m & 2) || (m == 4);
    printf("%d\n", k);
    return 0;
}
