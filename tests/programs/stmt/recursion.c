// covers: deep recursion (depth 10000 and 100000 with small frames), mutual recursion (is_even/is_odd, Hofstadter F/M), recursive Ackermann (small), recursive permutations, tail recursion, recursion returning structs, nonzero exit code
#include <stdio.h>

static long depth_sum(int n) { return n == 0 ? 0 : n + depth_sum(n - 1); }
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int hof_m(int n);
static int hof_f(int n) { return n == 0 ? 1 : n - hof_m(hof_f(n - 1)); }
static int hof_m(int n) { return n == 0 ? 0 : n - hof_f(hof_m(n - 1)); }
static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
static long gcd_tail(long a, long b) { return b == 0 ? a : gcd_tail(b, a % b); }

static int perm_count;
static void permute(char *s, int k, int n) {
    if (k == n) { if (perm_count < 6) printf("%s ", s); perm_count++; return; }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

struct mm { int mn, mx; };
static struct mm minmax(const int *a, int n) {
    if (n == 1) return (struct mm){a[0], a[0]};
    struct mm l = minmax(a, n / 2), r = minmax(a + n / 2, n - n / 2);
    return (struct mm){l.mn < r.mn ? l.mn : r.mn, l.mx > r.mx ? l.mx : r.mx};
}

int main(void) {
    printf("%ld\n", depth_sum(10000));
    printf("%ld\n", depth_sum(100000));
    printf("%d %d %d\n", is_even(10000), is_odd(7777), is_even(3));
    for (int i = 0; i < 15; i++) printf("%d/%d ", hof_f(i), hof_m(i));
    printf("\n");
    printf("%d %d\n", ack(2, 3), ack(3, 3));
    printf("%ld\n", gcd_tail(1071L * 1000003L, 462L * 1000003L));
    char s[] = "abcd";
    permute(s, 0, 4);
    printf("\n%d\n", perm_count);
    int data[] = {5, -3, 17, 8, 0, 42, -9, 11};
    struct mm r = minmax(data, 8);
    printf("%d %d\n", r.mn, r.mx);
    return perm_count % 10;
}
