// covers: scalar values in boolean contexts (if/while/for/?:/!) for ints, unsigned, long long, floats, doubles, pointers, chars; comparisons with 0 and NULL; float zero and negative zero as false
#include <stdio.h>
#include <stddef.h>

static const char *tf(int b) { return b ? "T" : "F"; }

int main(void) {
    int zi = 0, ni = -3;
    unsigned long long zu = 0, nu = 1ULL << 63;
    double zd = 0.0, nzd = -0.0, hd = 1e-300;
    float ff = 0.5f;
    char zc = '\0', nc = 'x';
    int obj = 1;
    int *np = NULL, *op = &obj;
    void *vp = op;
    printf("%s%s %s%s %s%s%s %s %s%s %s%s%s\n", tf(zi ? 1 : 0), tf(ni ? 1 : 0), tf(zu ? 1 : 0), tf(nu ? 1 : 0),
           tf(zd ? 1 : 0), tf(nzd ? 1 : 0), tf(hd ? 1 : 0), tf(ff ? 1 : 0), tf(zc ? 1 : 0), tf(nc ? 1 : 0),
           tf(np ? 1 : 0), tf(op ? 1 : 0), tf(vp ? 1 : 0));
    if (ni) printf("if int\n");
    if (!zd) printf("if !double\n");
    if (nzd) printf("never\n"); else printf("neg zero false\n");
    if (op && *op) printf("ptr and deref\n");
    if (!np) printf("null is false\n");
    if (np == 0 && op != 0) printf("compare with 0\n");
    int n = 5;
    while (n) n--;
    printf("%d\n", n);
    double x = 8.0;
    int steps = 0;
    while (x) { x = x > 1 ? x / 2 : 0; steps++; }
    printf("%d\n", steps);
    const char *str = "abc";
    int len = 0;
    for (const char *p = str; *p; p++) len++;
    printf("%d\n", len);
    long long big = 1LL << 40;
    int shifts = 0;
    for (; big; big >>= 1) shifts++;
    printf("%d\n", shifts);
    _Bool bools[3] = {zu, nu, hd};
    printf("%d %d %d\n", bools[0], bools[1], bools[2]);
    return 0;
}
