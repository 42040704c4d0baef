// covers: conditional operator ?: with int/long/double operands and result type conversion, nested and chained conditionals, conditional as function argument, conditional selecting lvalue via pointers, nonzero exit code
#include <stdio.h>

static int sign(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

static const char *grade(int s) {
    return s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : s >= 60 ? "D" : "F";
}

int main(void) {
    for (int i = -2; i <= 2; i++) printf("%d ", sign(i));
    printf("\n");
    int scores[] = {95, 85, 75, 65, 55, 90, 80, 0};
    for (int i = 0; i < 8; i++) printf("%s", grade(scores[i]));
    printf("\n");
    int a = 3, b = 7;
    int mx = a > b ? a : b;
    int mn = a < b ? a : b;
    printf("%d %d\n", mx, mn);
    double d = a > 2 ? 1 : 2.5;      /* result type double */
    printf("%g\n", d);
    printf("%d\n", (int)sizeof(a ? 1 : 2.0));
    printf("%d\n", (int)sizeof(a ? (char)1 : (char)2));   /* promoted to int */
    long l = b > a ? 5000000000L : a;
    printf("%ld\n", l);
    unsigned u = 1;
    printf("%d\n", (a < 0 ? -1 : u) > 0);   /* -1 converted to unsigned... but branch not taken */
    printf("%u\n", a > 0 ? -1 : u);          /* UINT_MAX */
    int x = 0, y = 0;
    *(a > b ? &x : &y) = 42;
    printf("%d %d\n", x, y);
    int n = 10;
    int r = n % 2 == 0 ? n / 2 : 3 * n + 1;
    int steps = 0;
    while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps++; }
    printf("%d %d\n", r, steps);
    int t = 1;
    int nested = t ? (a > 2 ? (b > 8 ? 1 : 2) : 3) : 4;
    printf("%d\n", nested);
    printf("%s\n", a == 3 ? "three" : "other");
    int k = 0;
    int v = k++ ? k++ : k--;    /* only one branch evaluated */
    printf("%d %d\n", v, k);
    char c = 'm';
    printf("%c\n", c >= 'a' && c <= 'z' ? c - 32 : c);
    return a == 3 ? 3 : 0;
}
