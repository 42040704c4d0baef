// covers: GNU a ?: b omitted middle operand with side effects evaluated once, with pointers, chained, type of result, nonzero exit code
#include <stdio.h>

static int calls;
static int next_val(int v) { calls++; return v; }
static const char *name_or_null(int i) { return i % 2 ? "odd" : NULL; }

int main(void) {
    int r = next_val(5) ?: 99;
    printf("%d %d\n", r, calls);
    r = next_val(0) ?: 99;
    printf("%d %d\n", r, calls);
    r = next_val(0) ?: next_val(0) ?: next_val(7);
    printf("%d %d\n", r, calls);
    for (int i = 0; i < 4; i++) printf("%s ", name_or_null(i) ?: "even");
    printf("\n");
    int i = 0;
    int v = i++ ?: 100;      /* i++ evaluated once: 0 -> use 100 */
    printf("%d %d\n", v, i);
    v = i++ ?: 100;          /* 1 */
    printf("%d %d\n", v, i);
    long big = 0;
    long w = big ?: 5000000000L;
    printf("%ld\n", w);
    double d = 0.0 ?: 2.5;
    printf("%g\n", d);
    int *p = NULL;
    int x = 3;
    int *q = p ?: &x;
    printf("%d\n", *q);
    unsigned char c = 0;
    printf("%d\n", c ?: 255);
    int arr[] = {0, 0, 4, 0, 6};
    int first = 0;
    for (int k = 0; k < 5; k++) first = first ?: arr[k];
    printf("%d\n", first);
    return calls ?: 1;
}
