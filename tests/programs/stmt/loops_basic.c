// covers: while, do-while, for loops (counting up/down, multiple variables with comma, empty init/cond/step, infinite for(;;) with break), loops with empty bodies, do-while executing once, nested loops computing tables
#include <stdio.h>

int main(void) {
    int i = 0, sum = 0;
    while (i < 10) sum += i++;
    printf("%d %d\n", i, sum);
    int n = 0;
    do n++; while (n < 0);
    printf("%d\n", n);
    int k = 12345, digits = 0;
    do { digits++; k /= 10; } while (k);
    printf("%d\n", digits);
    for (int a = 10; a > 0; a -= 3) printf("%d ", a);
    printf("\n");
    for (int a = 0, b = 10; a < b; a += 2, b--) printf("(%d,%d)", a, b);
    printf("\n");
    int c = 0;
    for (;;) { if (++c >= 7) break; }
    printf("%d\n", c);
    int j = 0;
    for (; j < 5;) j += 2;
    printf("%d\n", j);
    int idx;
    const char *s = "find-the-dash";
    for (idx = 0; s[idx] && s[idx] != '-'; idx++) ;     /* empty body */
    printf("%d\n", idx);
    const char *p = s;
    while (*p++) ;
    printf("%td\n", p - s);
    for (int r = 1; r <= 5; r++) {
        for (int col = 1; col <= 5; col++) printf("%3d", r * col);
        printf("\n");
    }
    unsigned u = 10;
    while (u--) if (u == 3) break;
    printf("%u\n", u);
    long long f = 1;
    int m = 1;
    while (f < 1000000000000LL) f *= ++m;
    printf("%d %lld\n", m, f);
    int count = 0;
    do {
        count++;
        if (count == 3) continue;
    } while (count < 5);
    printf("%d\n", count);
    return 0;
}
