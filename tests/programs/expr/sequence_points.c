// covers: well-defined sequencing: && || ?: comma sequence points, function call argument side effects in separate variables, assignment results, post-increment in conditions, side effects in array subscripts with single modification
#include <stdio.h>

static int log_buf[32], log_n;
static int note(int v) { log_buf[log_n++] = v; return v; }

int main(void) {
    int i = 0;
    int a[8] = {0};
    a[i++] = 5;
    a[i++] = 6;
    a[++i] = 7;
    for (int k = 0; k < 8; k++) printf("%d ", a[k]);
    printf("| %d\n", i);
    int x = 1;
    int y = (x++, x++, x);
    printf("%d %d\n", x, y);
    int z = x++ && x++ ? x : -x;
    printf("%d %d\n", x, z);
    int r = note(1) + 0 || note(2);
    r += note(3) && note(0) && note(4);
    r += note(0) ? note(5) : note(6);
    for (int k = 0; k < log_n; k++) printf("%d ", log_buf[k]);
    printf("| %d\n", r);
    int n = 5;
    while (n-- > 0) printf("%d ", n);
    printf("| %d\n", n);
    n = 0;
    do printf("%d ", n); while (++n < 4);
    printf("\n");
    int b = 10;
    int c = (b += 5) * 2;
    printf("%d %d\n", b, c);
    int d;
    int e = (d = 3) + 4;
    printf("%d %d\n", d, e);
    int arr2[5] = {1, 2, 3, 4, 5};
    int *p = arr2;
    int s = 0;
    while (p < arr2 + 5) s += *p++ * 2;
    printf("%d\n", s);
    int j = 0;
    int v = (j = j + 1, j = j * 10, j + 1);
    printf("%d %d\n", j, v);
    int q = 3;
    int q2 = q++ ? q : -q;   /* sequence point after first operand of ?: */
    q = q2;
    printf("%d\n", q);
    return 0;
}
