// covers: compound assignment += -= on pointer lvalues (int*, char*, struct*, double*, pointer to array), pointer compound assignment in loops, pointer-to-pointer updates
#include <stdio.h>

struct pt { int x, y; };

int main(void) {
    int arr[10];
    for (int i = 0; i < 10; i++) arr[i] = i * i;
    int *p = arr;
    p += 3; printf("%d ", *p);
    p -= 2; printf("%d ", *p);
    p += 8; printf("%d ", *p);
    p -= 9; printf("%d\n", *p);
    const char *s = "abcdefghijklmnop";
    const char *q = s;
    while (*q) { putchar(*q); q += 3; if (q - s > 15) break; }
    putchar('\n');
    struct pt pts[5] = {{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};
    struct pt *sp = pts;
    sp += 4; printf("%d %d\n", sp->x, sp->y);
    sp -= 2; printf("%d %d\n", sp->x, sp->y);
    double d[6] = {0.5, 1.5, 2.5, 3.5, 4.5, 5.5};
    double *dp = d + 5;
    double total = 0;
    while (dp >= d + 1) { total += *dp; dp -= 2; }
    printf("%.1f\n", total);
    int m[4][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};
    int (*row)[3] = m;
    row += 2; printf("%d ", (*row)[1]);
    row -= 1; printf("%d\n", row[0][2]);
    int *pp_target[3] = {arr, arr + 5, arr + 9};
    int **pp = pp_target;
    pp += 2; printf("%d ", **pp);
    *pp -= 4; printf("%d ", **pp);
    pp -= 1; *pp += 1; printf("%d\n", **pp);
    long n = 2;
    unsigned char idx = 1;
    p = arr;
    p += n; p += idx; p -= (short)1;
    printf("%d\n", *p);
    char buf[32];
    char *w = buf;
    for (int i = 0; i < 5; i++) { *w = (char)('A' + i); w += 1; }
    *w = 0;
    printf("%s %d\n", buf, (int)(w - buf));
    return 0;
}
