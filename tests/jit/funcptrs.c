/* Function pointers both ways: qsort and bsearch from libc calling comparators defined in
 * the program (ints, strings, structs, doubles), function pointers as parameters, return
 * values, in arrays and structs, pointers to libc functions, and callbacks through them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_dbl(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

struct Person { char name[12]; int age; double score; };

static int cmp_person(const void *a, const void *b)
{
    const struct Person *p = a, *q = b;
    if (p->age != q->age)
        return p->age - q->age;
    return strcmp(p->name, q->name);
}

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

static binop pick(char c)
{
    switch (c) {
    case '+': return add;
    case '-': return sub;
    default: return mul;
    }
}

static int fold(const int *v, int n, int init, int (*f)(int, int))
{
    for (int i = 0; i < n; i++)
        init = f(init, v[i]);
    return init;
}

static double apply(double (*f)(double), double x) { return f(x); }

struct Handler { const char *name; void (*fn)(int *); };
static void h_inc(int *x) { (*x)++; }
static void h_dbl(int *x) { *x *= 2; }
static void h_neg(int *x) { *x = -*x; }

int main(void)
{
    int v[] = { 42, -7, 19, 0, 1000, -300, 5, 5, 88, 3 };
    int n = sizeof v / sizeof v[0];
    qsort(v, n, sizeof v[0], cmp_int);
    for (int i = 0; i < n; i++)
        printf("%d ", v[i]);
    printf("\n");
    int key = 88;
    int *found = bsearch(&key, v, n, sizeof v[0], cmp_int);
    printf("bsearch 88 -> index %td\n", found ? found - v : -1);
    key = 89;
    printf("bsearch 89 -> %s\n", bsearch(&key, v, n, sizeof v[0], cmp_int) ? "found" : "missing");
    qsort(v, n, sizeof v[0], cmp_int_desc);
    printf("desc %d %d %d\n", v[0], v[1], v[n - 1]);

    const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "date" };
    qsort(words, 6, sizeof words[0], cmp_str);
    for (int i = 0; i < 6; i++)
        printf("%s ", words[i]);
    printf("\n");
    const char *wkey = "date";
    const char **wf = bsearch(&wkey, words, 6, sizeof words[0], cmp_str);
    printf("bsearch date -> %td\n", wf ? wf - words : -1);

    double d[] = { 3.5, -1.25, 2.0, 1e-3, -100.0 };
    qsort(d, 5, sizeof d[0], cmp_dbl);
    printf("dbl %.3f %.3f %.3f %.3f %.3f\n", d[0], d[1], d[2], d[3], d[4]);

    struct Person people[] = { { "eve", 30, 1.5 }, { "bob", 25, 2.5 }, { "amy", 30, 3.5 }, { "dan", 20, 4.5 } };
    qsort(people, 4, sizeof people[0], cmp_person);
    for (int i = 0; i < 4; i++)
        printf("%s/%d/%.1f ", people[i].name, people[i].age, people[i].score);
    printf("\n");
    struct Person pk = { "amy", 30, 0 };
    struct Person *pf = bsearch(&pk, people, 4, sizeof people[0], cmp_person);
    printf("person %s\n", pf ? pf->name : "none");

    int nums[] = { 1, 2, 3, 4, 5 };
    printf("fold %d %d %d\n", fold(nums, 5, 0, pick('+')), fold(nums, 5, 100, pick('-')), fold(nums, 5, 1, pick('*')));
    binop ops[] = { add, sub, mul };
    for (int i = 0; i < 3; i++)
        printf("op%d %d\n", i, ops[i](7, 3));
    printf("apply %.4f %.4f %.4f\n", apply(sqrt, 2.0), apply(fabs, -3.5), apply(floor, 2.7));
    int (*libc_fn)(const char *) = puts;
    libc_fn("called puts through a pointer");
    size_t (*len)(const char *) = strlen;
    printf("strlen via ptr %zu\n", len("twelve chars"));
    struct Handler hs[] = { { "inc", h_inc }, { "dbl", h_dbl }, { "neg", h_neg }, { "dbl", h_dbl } };
    int x = 5;
    for (int i = 0; i < 4; i++) {
        hs[i].fn(&x);
        printf("%s -> %d\n", hs[i].name, x);
    }
    void (*(*get)(int))(int *);
    (void)get;
    return 0;
}
