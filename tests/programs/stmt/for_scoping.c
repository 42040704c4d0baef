// covers: C99 for-loop declarations scoping (variable not visible after loop), shadowing outer variable inside for init, multiple declarations in for init, for with struct/pointer declarations, body block shadowing the loop variable, closures over loop variable via arrays
#include <stdio.h>

struct it { int cur, end; };

int main(void) {
    int i = 100;
    for (int i = 0; i < 3; i++) printf("%d ", i);
    printf("| %d\n", i);
    for (int a = 0, b = 5, *pa = &a; a < b; a++, b--) printf("%d-%d-%d ", a, b, *pa);
    printf("\n");
    for (struct it t = {3, 7}; t.cur < t.end; t.cur++) printf("%d ", t.cur);
    printf("\n");
    for (int j = 0; j < 3; j++) {
        int j2 = j * 10;
        {
            int j = j2 + 1;        /* shadows loop variable inside nested block */
            printf("%d ", j);
        }
    }
    printf("\n");
    int *ptrs[3];
    int vals[3];
    for (int k = 0; k < 3; k++) { vals[k] = k * k; ptrs[k] = &vals[k]; }
    for (int k = 0; k < 3; k++) printf("%d ", *ptrs[k]);
    printf("\n");
    for (const char *s = "abc"; *s; s++) for (const char *t = s; *t; t++) printf("%c", *t);
    printf("\n");
    int total = 0;
    for (int x = 0; x < 4; x++)
        for (int y = x; y < 4; y++)
            for (int z = y; z < 4; z++) total += x + y + z;
    printf("%d\n", total);
    for (unsigned char c = 250; c < 255; c++) printf("%d ", c);
    printf("\n");
    for (double d = 0.0; d < 1.0; d += 0.25) printf("%g ", d);
    printf("\n");
    for (int n = 0; n < 3; n++) {
        static int persistent;     /* static inside loop body */
        persistent += n;
        printf("%d ", persistent);
    }
    printf("\n");
    return 0;
}
