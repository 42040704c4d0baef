// covers: global initializers with address constants: &arr[3], &s.field, &s.arr[2], pointer into string literal "abc" + 1, pointer arithmetic on array names, address of function, pointers to other globals, array of addresses, (char*)&obj + offset casts
#include <stdio.h>
#include <stddef.h>

struct S { int a; double b; int arr[5]; struct { char c; long l; } inner; };

int arr[10] = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90};
struct S s = {1, 2.5, {5, 6, 7, 8, 9}, {'c', 123456789L}};

int *p3 = &arr[3];
int *p_end = arr + 10;
int *p7 = 7 + arr;
double *pb = &s.b;
int *parr2 = &s.arr[2];
long *pl = &s.inner.l;
const char *str1 = "abc" + 1;
const char *str2 = &"xyz"[2];
char *pc = (char *)&s + offsetof(struct S, inner.c);
int *ptrs[] = {&arr[0], &arr[5], &s.a, &s.arr[4]};
int **pp = &ptrs[1];
static int counter;
int *pcounter = &counter;
void *vp = &arr[9];
int (*parr)[10] = &arr;
long diffs[] = {(long)sizeof(arr), (long)offsetof(struct S, arr[3])};

static int f(void) { return 42; }
int (*fp)(void) = &f;

int main(void) {
    printf("%d %td %d\n", *p3, p_end - arr, *p7);
    printf("%g %d %ld\n", *pb, *parr2, *pl);
    printf("%s %s %c\n", str1, str2, *pc);
    for (int i = 0; i < 4; i++) printf("%d ", *ptrs[i]);
    printf("\n");
    printf("%d\n", **pp);
    *pcounter += 5;
    printf("%d\n", counter);
    printf("%d\n", *(int *)vp);
    printf("%d\n", (*parr)[4]);
    printf("%ld %ld\n", diffs[0], diffs[1]);
    printf("%d\n", fp());
    *p3 = -3;
    printf("%d\n", arr[3]);
    return 0;
}
