// covers: typeof and __typeof__ of expressions and type names, typeof to declare variables/pointers/arrays, typeof in macros (type-generic swap, max), typeof of function calls (not evaluated), typeof with qualifiers, typeof of array decays vs arrays, typeof in casts and sizeof
#include <stdio.h>
#include <stddef.h>

#define SWAP(a, b) do { typeof(a) tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)
#define MAX(a, b) ({ __typeof__(a) a_ = (a); __typeof__(b) b_ = (b); a_ > b_ ? a_ : b_; })

static int calls;
static double compute(void) { calls++; return 2.5; }

struct pt { int x, y; };

int main(void) {
    int i = 3, j = 9;
    SWAP(i, j);
    printf("%d %d\n", i, j);
    double d1 = 1.5, d2 = -2.5;
    SWAP(d1, d2);
    printf("%g %g\n", d1, d2);
    struct pt p = {1, 2}, q = {3, 4};
    SWAP(p, q);
    printf("%d %d %d %d\n", p.x, p.y, q.x, q.y);
    printf("%d %g\n", MAX(4, 7), MAX(1.5, -3.0));
    typeof(compute()) r = 0;        /* compute() not evaluated */
    printf("%zu %d\n", sizeof r, calls);
    __typeof__(int *) ip = &i;
    typeof(*ip) copy = *ip;
    printf("%d\n", copy);
    int arr[5] = {1, 2, 3, 4, 5};
    typeof(arr) arr2;               /* int[5] */
    typeof(arr[0] + 0) *decay = arr;
    for (int k = 0; k < 5; k++) arr2[k] = arr[k] * 10;
    printf("%zu %d %d\n", sizeof arr2, arr2[4], decay[1]);
    const int ci = 5;
    typeof(ci) ci2 = 6;             /* const int */
    printf("%d\n", ci2);
    typeof(unsigned char) uc = 255;
    uc++;
    printf("%d\n", uc);
    typeof(struct pt) tp = {7, 8};
    printf("%d\n", tp.x + tp.y);
    typeof(char[10]) buf = "typeof";
    printf("%s %zu\n", buf, sizeof buf);
    typeof(int (*)(int)) fp = NULL;
    printf("%d\n", fp == NULL);
    long long big = 1;
    typeof(big * 2) prod = big << 40;
    printf("%lld %zu\n", prod, sizeof(typeof(i + 0.0f)));
    return 0;
}
