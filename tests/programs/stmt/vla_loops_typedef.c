// covers: VLAs allocated in each loop iteration with varying sizes (stack reclaimed), typedef of VLA type (size fixed at typedef time), pointer to VLA int (*p)[n], pointer arithmetic on pointer-to-VLA rows, VLA inside while loop with break, sizeof typedef'd VLA
#include <stdio.h>
#include <stdlib.h>

static long run(int iters) {
    long total = 0;
    for (int it = 1; it <= iters; it++) {
        int size = 100 + (it * 37) % 400;
        int buf[size];
        for (int i = 0; i < size; i++) buf[i] = i ^ it;
        long s = 0;
        for (int i = 0; i < size; i++) s += buf[i];
        total += s % 1000;
    }
    return total;
}

int main(void) {
    printf("%ld\n", run(2000));
    int n = 4;
    typedef int row_t[n];          /* VLA typedef: size captured now */
    n = 100;                       /* does not change row_t */
    row_t r;
    printf("%zu\n", sizeof(row_t) / sizeof(int));
    for (int i = 0; i < 4; i++) r[i] = i + 1;
    printf("%d\n", r[3]);
    int rows = 3, cols = 5;
    int (*m)[cols] = malloc(rows * sizeof *m);    /* pointer to VLA */
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i][j] = i * 10 + j;
    int (*p)[cols] = m + 1;
    printf("%d %d %zu\n", (*p)[4], p[1][2], sizeof *p);
    p++;
    printf("%d\n", **p);
    free(m);
    int k = 0;
    while (1) {
        int len = ++k * 3;
        double tmp[len];
        tmp[len - 1] = len;
        if (tmp[len - 1] > 10) { printf("%d %zu\n", k, sizeof tmp); break; }
    }
    for (int sz = 1; sz <= 4; sz++) {
        typedef char line[sz * 2];
        line l;
        printf("%zu ", sizeof l);
    }
    printf("\n");
    return 0;
}
