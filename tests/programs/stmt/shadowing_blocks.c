// covers: nested compound statements with shadowing variables of different types, shadowed variable's outer value restored after block, shadowing in if/else/while/switch bodies, shadowing function parameters in inner block, static local shadowing global
#include <stdio.h>
#pragma GCC diagnostic ignored "-Wshadow"

int v = 1;

static int f(int v) {
    int r = v;
    {
        double v = 2.5;
        r += (int)(v * 2);
        {
            char v = 'A';
            r += v;
        }
        r += (int)v;
    }
    return r + v;
}

int main(void) {
    printf("%d\n", v);
    int v = 10;
    printf("%d\n", v);
    {
        long v = 100L;
        printf("%ld\n", v);
        {
            static int v = 1000;
            v++;
            printf("%d\n", v);
        }
        printf("%ld\n", v);
    }
    printf("%d %d\n", v, f(3));
    int i = 0;
    while (i < 3) {
        int i2 = i;
        int i = i2 * 100;
        printf("%d ", i);
        i2++;
        (void)i2;
        break;
    }
    printf("| %d\n", i);
    if (v > 5) { int v = -1; printf("%d\n", v); } else { double v = 0.5; printf("%g\n", v); }
    switch (v) {
    case 10: {
        const char *v = "string v";
        printf("%s\n", v);
        break;
    }
    }
    for (int k = 0; k < 2; k++) {
        int v = k * 7;
        {
            int w = v;
            int v = w + 1;
            printf("%d ", v);
        }
    }
    printf("\n%d\n", v);
    return 0;
}
