// covers: do-while with continue (jumps to condition check), do-while(0) with break for early exit, nested do-while, do-while with side effects in condition, while(0) body never executed, for loop with only condition, loop with comma-expression condition
#include <stdio.h>

int main(void) {
    int i = 0, evens = 0;
    do {
        i++;
        if (i % 2) continue;
        evens++;
    } while (i < 10);
    printf("%d %d\n", i, evens);
    int status = 0;
    do {
        status = 1;
        if (status) break;
        status = 2;
    } while (0);
    printf("%d\n", status);
    int a = 0, total = 0;
    do {
        int b = 0;
        do { total += a * b; } while (++b < 3);
    } while (++a < 4);
    printf("%d\n", total);
    int n = 5, calls = 0;
    do { calls++; } while (n-- > 2);
    printf("%d %d\n", calls, n);
    while (0) printf("never\n");
    int k = 1;
    for (; k < 100;) k *= 3;
    printf("%d\n", k);
    int x = 0, y = 10;
    while (x++, y--, x < y) ;
    printf("%d %d\n", x, y);
    int digits[10], nd = 0;
    unsigned v = 9075;
    do digits[nd++] = (int)(v % 10); while (v /= 10);
    for (int j = nd - 1; j >= 0; j--) printf("%d", digits[j]);
    printf(" %d\n", nd);
    return 0;
}
