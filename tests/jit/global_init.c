/* Global initializers with addresses: pointers to other globals, into arrays and struct
 * members, to functions, to string literals, arrays of such records, self-references,
 * pointer arithmetic in initializers, and globals modified at run time. */
#include <stdio.h>
#include <string.h>
#include <math.h>
#include <stdlib.h>

static int counter = 10;
int table[5] = { 1, 2, 3, 4, 5 };
int *pcounter = &counter;
int *pmid = &table[2];
int *pend = table + 5;
const char *greeting = "hello, world";
const char *suffix = "abcdef" + 3;
char arr_from_str[] = "array";
char *parr = arr_from_str + 1;

static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
int (*op_ptr)(int, int) = mul;

struct Op {
    const char *name;
    int (*fn)(int, int);
    int *arg;
};
struct Op ops[] = {
    { "add", add, &table[0] },
    { "mul", mul, &table[3] },
    { "cnt", add, &counter },
};
struct Op *last_op = &ops[2];
int nops = sizeof ops / sizeof ops[0];

struct Node {
    int val;
    struct Node *next;
};
struct Node n3 = { 3, 0 };
struct Node n2 = { 2, &n3 };
struct Node n1 = { 1, &n2 };
struct Node self = { 42, &self };

struct Point { int x, y; } origin = { 7, 8 };
int *py = &origin.y;
const char *names[] = { "alpha", "beta", "gamma", 0 };
const char **pnames = &names[1];
double dtab[] = { 1.5, -2.25, 1e10 };
double *pd = &dtab[1];
long addr_diff = (long)sizeof(table) / 4;
char matrix[2][4] = { "ab", "cde" };
char *pmat = &matrix[1][1];
void *vptrs[] = { &counter, table, (void *)add };

struct Nested {
    struct { int a; const char *s; } in[2];
    int (*fns[2])(int, int);
} nested = { { { 1, "one" }, { 2, "two" } }, { add, mul } };

/* pointers to functions and data of libc and libm */
struct MathFn { const char *name; double (*fn)(double); };
static struct MathFn mathfns[] = { { "sqrt", sqrt }, { "fabs", fabs }, { "floor", floor } };
static size_t (*lenp)(const char *) = strlen;
static int (*cmpp)(const char *, const char *) = &strcmp;
static void *(*mallocp)(size_t) = malloc;
static FILE **pout = &stdout;
extern char **environ;
static char ***penv = &environ;

int main(void)
{
    printf("counter %d %d\n", *pcounter, counter);
    *pcounter += 5;
    printf("counter %d\n", counter);
    printf("table %d %d %d\n", *pmid, pend[-1], (int)(pend - pmid));
    printf("strings %s|%s|%s|%s\n", greeting, suffix, arr_from_str, parr);
    parr[0] = 'R';
    printf("modified %s\n", arr_from_str);
    printf("op_ptr %d\n", op_ptr(6, 7));
    for (int i = 0; i < nops; i++)
        printf("op %s %d\n", ops[i].name, ops[i].fn(*ops[i].arg, 10));
    printf("last %s\n", last_op->name);
    for (struct Node *n = &n1; n; n = n->next)
        printf("node %d\n", n->val);
    printf("self %d %d\n", self.next->next->val, self.next == &self);
    *py = 80;
    printf("origin %d %d\n", origin.x, origin.y);
    for (const char **p = names; *p; p++)
        printf("name %s\n", *p);
    printf("pnames %s %s\n", pnames[0], pnames[1]);
    printf("pd %.2f %.2f\n", *pd, pd[1]);
    printf("diff %ld mat %s %s %c\n", addr_diff, matrix[0], matrix[1], *pmat);
    printf("vptrs %d %d %d\n", *(int *)vptrs[0], ((int *)vptrs[1])[4], vptrs[2] == (void *)add);
    printf("nested %d %s %s %d %d\n", nested.in[0].a, nested.in[0].s, nested.in[1].s, nested.fns[0](2, 3), nested.fns[1](2, 3));
    for (int i = 0; i < 3; i++)
        printf("libm %s %.2f\n", mathfns[i].name, mathfns[i].fn(i == 0 ? 2.25 : -2.25));
    fprintf(*pout, "libc len %zu cmp %d env %d\n", lenp("abcd"), cmpp("a", "a"), *penv == environ);
    char *m = mallocp(8);
    strcpy(m, "malloc");
    printf("%s\n", m);
    free(m);
    op_ptr = add;
    printf("op_ptr %d\n", op_ptr(6, 7));
    return 0;
}
