// covers: file-scope compound literals (static storage) used to initialize global pointers, pointer to file-scope compound literal array, file-scope struct pointer initialized with &(struct S){...}, modifications persist across calls
#include <stdio.h>

struct node { int val; struct node *next; };
struct conf { const char *name; int values[3]; };

static int *gnums = (int[]){11, 22, 33, 44};
static struct node *glist = &(struct node){1, &(struct node){2, &(struct node){3, NULL}}};
static struct conf *gconf = &(struct conf){"default", {7, 8, 9}};
static const char *const *gstrs = (const char *const[]){"x", "yy", "zzz", NULL};
static int (*gmat)[2] = (int[][2]){{1, 2}, {3, 4}, {5, 6}};

static void bump(void) { gnums[0]++; gconf->values[1] *= 2; }

int main(void) {
    for (int i = 0; i < 4; i++) printf("%d ", gnums[i]);
    printf("\n");
    for (struct node *n = glist; n; n = n->next) printf("%d ", n->val);
    printf("\n");
    printf("%s %d %d %d\n", gconf->name, gconf->values[0], gconf->values[1], gconf->values[2]);
    bump();
    bump();
    printf("%d %d\n", gnums[0], gconf->values[1]);
    for (int i = 0; gstrs[i]; i++) printf("%s ", gstrs[i]);
    printf("\n");
    printf("%d %d\n", gmat[1][1], gmat[2][0]);
    glist->next->val = 20;
    printf("%d\n", glist->next->val);
    return 0;
}
