/* Recursive calls in tail position (the JIT turns them into loops, with an accumulator for
 * + * ^ | &): results, call order and side effects must stay as gcc's build has them. */
#include <stdio.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static unsigned long fact(unsigned n) { return n <= 1 ? 1 : n * fact(n - 1); }
static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
static int xsum(const int *p, int n) { return n == 0 ? 0 : p[0] ^ xsum(p + 1, n - 1); }
static unsigned char wrap8(unsigned char n) { return n == 0 ? 7 : (unsigned char)(n + wrap8(n - 1)); }
static int order[64];
static int norder;
static int trace(int n) { order[norder++] = n; return n; }
static int traced(int n) { return n == 0 ? 0 : trace(n) + traced(n - 1); }
static void countdown(int n) { if (n == 0) { printf("liftoff\n"); return; } printf("%d ", n); countdown(n - 1); }
static int both(int n) { return n <= 0 ? 1 : both(n - 1) + both(n - 1) * 0 + n; }
static int twice(int n) { if (n == 0) return 0; int r = twice(n - 1); return r + r; }
static int with_local(int n, int *sink) { int x = n; if (n == 0) return *sink; *sink += x; return with_local(n - 1, &x) + 1; }
static long deep(long n, long acc) { return n == 0 ? acc : deep(n - 1, acc + n); }
static int andall(const unsigned *p, int n) { return n == 0 ? -1 : (int)(p[0] & (unsigned)andall(p + 1, n - 1)); }

int main(void) {
    printf("%ld %lu %d\n", fib(30), fact(20), gcd(1071, 462));
    int v[5] = {1, 2, 4, 8, 16};
    unsigned m[3] = {0xff0f, 0x0fff, 0x1f1f};
    printf("%d %u %d\n", xsum(v, 5), (unsigned)wrap8(40), andall(m, 3));
    printf("%d:", traced(6));
    for (int i = 0; i < norder; i++) printf(" %d", order[i]);
    printf("\n");
    countdown(5);
    int sink = 0;
    printf("%d %d %d\n", both(10), twice(5), with_local(4, &sink));
    printf("%ld\n", deep(50000, 0));
    return 0;
}
