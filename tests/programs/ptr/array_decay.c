// covers: array-to-pointer decay in expressions and function arguments, array parameters adjusted to pointers (sizeof in callee), &arr vs arr, string literal decay, arrays in sizeof not decaying, static array parameter sizes [static 4], const array parameters
#pragma GCC diagnostic ignored "-Wsizeof-array-argument"
#include <stdio.h>

static int first_plus_size(int a[10]) { return a[0] + (int)sizeof(a); }
static int sum4(const int a[static 4]) { return a[0] + a[1] + a[2] + a[3]; }
static void fill(int *a, int n, int v) { for (int i = 0; i < n; i++) a[i] = v + i; }
static int count_chars(const char s[], char c) { int n = 0; for (; *s; s++) n += *s == c; return n; }
static int matrix_get(int m[][3], int r, int c) { return m[r][c]; }

int main(void) {
    int arr[10];
    fill(arr, 10, 100);
    printf("%d\n", first_plus_size(arr));
    printf("%d %d\n", (int)sizeof arr, (int)sizeof(arr + 0));
    printf("%d\n", (int)sizeof &arr);
    printf("%d\n", (int)sizeof *&arr);
    printf("%d\n", sum4(arr + 6));
    int *p = arr;
    printf("%d %d\n", p == &arr[0], (void *)&arr == (void *)arr);
    printf("%d\n", count_chars("mississippi", 's'));
    printf("%c %c\n", "literal"[3], *("literal" + 4));
    printf("%d\n", (int)sizeof("literal"));
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
    printf("%d\n", matrix_get(m, 1, 2));
    int *flat = &m[0][0];
    printf("%d\n", flat[4]);
    int *row1 = m[1];
    printf("%d\n", row1[0]);
    printf("%d %d\n", (int)sizeof m[0], (int)sizeof m[0][0]);
    char s[] = "decay";
    char *sp = s;
    printf("%d %d\n", (int)sizeof s, (int)sizeof sp);
    const int carr[3] = {7, 8, 9};
    const int *cp = carr;
    printf("%d\n", cp[1] + *carr);
    return 0;
}
