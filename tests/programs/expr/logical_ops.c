// covers: && || ! on ints, pointers, doubles, result type int, double negation, logical ops as values
#include <stdio.h>

int main(void) {
    int vals[] = {0, 1, -1, 42};
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            printf("%d%d%d ", vals[i] && vals[j], vals[i] || vals[j], !vals[i]);
    printf("\n");
    double d0 = 0.0, d1 = 0.5;
    printf("%d %d %d %d\n", d0 && d1, d0 || d1, !d0, !d1);
    int x = 5;
    int *p = &x, *np = 0;
    printf("%d %d %d %d\n", p && np, p || np, !p, !np);
    printf("%d\n", !!42);
    printf("%d\n", !!0);
    printf("%d\n", (int)sizeof(!x));
    long long big = 1LL << 40;
    printf("%d %d\n", !big, big && 1);
    unsigned char c = 0;
    printf("%d\n", !c + !c + !c);
    int count = 0;
    for (int a = 0; a < 3; a++)
        for (int b = 0; b < 3; b++)
            for (int c2 = 0; c2 < 3; c2++)
                count += (a && b) || (!c2 && a != b);
    printf("%d\n", count);
    int y = 3;
    int r = (x > 3 && y < 5) || (x == 0 && y == 0);
    printf("%d\n", r);
    r = x > 10 || y > 10 || (x + y == 8);
    printf("%d\n", r);
    r = !(x > 3) == !(y > 3);
    printf("%d\n", r);
    float f = -0.0f;
    printf("%d\n", !f);
    return 0;
}
