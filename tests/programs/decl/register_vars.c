// covers: register storage class on locals, loop counters and parameters, register arrays (allowed, no address taken), register pointer variables, register struct, register with initializers
#include <stdio.h>

static int sum_reg(register int n) {
    register int s = 0;
    register int i;
    for (i = 1; i <= n; i++) s += i;
    return s;
}

static unsigned checksum(register const unsigned char *p, register int len) {
    register unsigned h = 0;
    while (len-- > 0) h = h * 31 + *p++;
    return h;
}

struct pair { int a, b; };

int main(void) {
    register int x = 10;
    register long y = 20L;
    register double d = 1.5;
    printf("%d %ld %g\n", x, y, d);
    printf("%d\n", sum_reg(100));
    printf("%u\n", checksum((const unsigned char *)"register keyword", 16));
    register char c = 'r';
    c++;
    printf("%c\n", c);
    register struct pair p = {3, 4};
    p.a *= p.b;
    printf("%d %d\n", p.a, p.b);
    register int arr[4] = {1, 2, 3, 4};
    int total = arr[0] + arr[1] + arr[2] + arr[3];
    printf("%d\n", total);
    register unsigned bits = 0xf0f0u;
    register int cnt = 0;
    while (bits) { cnt += bits & 1; bits >>= 1; }
    printf("%d\n", cnt);
    return 0;
}
