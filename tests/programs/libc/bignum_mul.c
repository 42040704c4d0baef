// covers: arbitrary precision arithmetic with base-10^9 limbs in uint32 arrays: multiplication by small ints and full schoolbook bignum*bignum, addition, factorials (100!, 200!), powers (2^1000, 3^300), Fibonacci(1000), digit sums, printing with zero-padded limbs
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define BASE 1000000000u
#define MAXL 200

typedef struct { uint32_t d[MAXL]; int n; } big;

static void set(big *a, uint32_t v) { memset(a, 0, sizeof *a); a->d[0] = v % BASE; a->d[1] = v / BASE; a->n = a->d[1] ? 2 : 1; }
static void mul_small(big *a, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) { uint64_t t = (uint64_t)a->d[i] * m + carry; a->d[i] = (uint32_t)(t % BASE); carry = t / BASE; }
    while (carry) { a->d[a->n++] = (uint32_t)(carry % BASE); carry /= BASE; }
}
static void add(big *r, const big *a, const big *b) {
    big t; memset(&t, 0, sizeof t);
    uint32_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) { uint32_t s = a->d[i] + b->d[i] + carry; t.d[i] = s % BASE; carry = s / BASE; }
    t.n = n;
    if (carry) t.d[t.n++] = carry;
    *r = t;
}
static void mul(big *r, const big *a, const big *b) {
    uint64_t acc[2 * MAXL] = {0};
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++) {
            acc[i + j] += (uint64_t)a->d[i] * b->d[j];
            if (acc[i + j] >= (uint64_t)BASE * BASE) { acc[i + j + 1] += acc[i + j] / BASE; acc[i + j] %= BASE; }
        }
    big t; memset(&t, 0, sizeof t);
    uint64_t carry = 0;
    int n = a->n + b->n;
    for (int i = 0; i < n; i++) { uint64_t v = acc[i] + carry; t.d[i] = (uint32_t)(v % BASE); carry = v / BASE; }
    t.n = n;
    while (t.n > 1 && t.d[t.n - 1] == 0) t.n--;
    *r = t;
}
static void print(const char *label, const big *a) {
    printf("%s = %u", label, a->d[a->n - 1]);
    for (int i = a->n - 2; i >= 0; i--) printf("%09u", a->d[i]);
    int ds = 0, digits = 0;
    char buf[16];
    for (int i = 0; i < a->n; i++) {
        int len = sprintf(buf, i == a->n - 1 ? "%u" : "%09u", a->d[i]);
        digits += len;
        for (int k = 0; k < len; k++) ds += buf[k] - '0';
    }
    printf("\n  digits=%d digitsum=%d\n", digits, ds);
}

int main(void) {
    big f; set(&f, 1);
    for (uint32_t i = 2; i <= 100; i++) mul_small(&f, i);
    print("100!", &f);
    big p; set(&p, 1);
    for (int i = 0; i < 1000; i++) mul_small(&p, 2);
    print("2^1000", &p);
    big a, b, c; set(&a, 0); set(&b, 1);
    for (int i = 0; i < 999; i++) { add(&c, &a, &b); a = b; b = c; }
    print("fib(1000)", &b);
    big t3; set(&t3, 3);
    big r; set(&r, 1);
    for (int e = 300; e; e >>= 1) { if (e & 1) mul(&r, &r, &t3); mul(&t3, &t3, &t3); }
    print("3^300", &r);
    big sq; mul(&sq, &f, &f);
    print("(100!)^2", &sq);
    return 0;
}
