// covers: break and continue in nested loops (affecting only innermost), break out of while inside for, continue in do-while (jumps to condition), flag variables to break outer loops, break inside switch inside loop vs loop break
#include <stdio.h>

int main(void) {
    for (int i = 0; i < 5; i++) {
        for (int j = 0; j < 5; j++) {
            if (j == i) break;
            if ((i + j) % 2) continue;
            printf("(%d,%d)", i, j);
        }
    }
    printf("\n");
    int found = 0, fi = -1, fj = -1;
    for (int i = 1; i < 20 && !found; i++)
        for (int j = 1; j < 20; j++)
            if (i * j == 91) { found = 1; fi = i; fj = j; break; }
    printf("%d %d %d\n", found, fi, fj);
    int n = 0, cont = 0;
    do {
        n++;
        if (n % 3 == 0) { cont++; continue; }
    } while (n < 10);
    printf("%d %d\n", n, cont);
    int primes = 0;
    for (int c = 2; c < 100; c++) {
        int d = 2;
        while (d * d <= c) {
            if (c % d == 0) break;
            d++;
        }
        if (d * d <= c) continue;
        primes++;
    }
    printf("%d\n", primes);
    int events = 0;
    for (int i = 0; i < 10; i++) {
        switch (i % 4) {
        case 0: continue;          /* continues the for loop */
        case 1: events += 1; break; /* breaks the switch */
        case 2: events += 10; break;
        default: break;
        }
        events += 100;
        if (i == 8) break;
    }
    printf("%d\n", events);
    int w = 0;
    while (1) {
        while (1) { w++; if (w % 5 == 0) break; }
        if (w > 20) break;
    }
    printf("%d\n", w);
    return 0;
}
