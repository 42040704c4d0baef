/* Recursion: Ackermann, deep (non-tail) recursion to depth 100000, mutual recursion,
 * recursive descent parsing, recursion with struct values and with many arguments. */
#include <stdio.h>

static int ack(int m, int n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static long depth(long n)
{
    if (n == 0)
        return 0;
    return 1 + depth(n - 1);
}

static long sum_to(long n, long acc_unused)
{
    if (n == 0)
        return 0;
    long r = sum_to(n - 1, acc_unused + 1);
    return r + n;
}

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }

static const char *p;
static long expr(void);
static long number(void)
{
    long v = 0;
    while (*p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
    return v;
}
static long factor(void)
{
    if (*p == '(') {
        p++;
        long v = expr();
        p++; /* ')' */
        return v;
    }
    if (*p == '-') {
        p++;
        return -factor();
    }
    return number();
}
static long term(void)
{
    long v = factor();
    while (*p == '*' || *p == '/') {
        char op = *p++;
        long r = factor();
        v = op == '*' ? v * r : v / r;
    }
    return v;
}
static long expr(void)
{
    long v = term();
    while (*p == '+' || *p == '-') {
        char op = *p++;
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}
static long eval(const char *s)
{
    p = s;
    return expr();
}

struct V { long a, b, c; };
static struct V vrec(struct V v, int n)
{
    if (n == 0)
        return v;
    struct V w = { v.b, v.c, v.a + v.b + v.c };
    return vrec(w, n - 1);
}

static void hanoi(int n, int from, int to, int via, long *moves, int *checksum)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to, moves, checksum);
    ++*moves;
    *checksum = (*checksum * 31 + from * 3 + to) % 1000003;
    hanoi(n - 1, via, to, from, moves, checksum);
}

static double many(int n, double a, double b, double c, double d, double e, double f, double g, double h, double i)
{
    if (n == 0)
        return a + b + c + d + e + f + g + h + i;
    return many(n - 1, b, c, d, e, f, g, h, i, a + 1);
}

int main(void)
{
    printf("ack(2,3)=%d ack(3,5)=%d\n", ack(2, 3), ack(3, 5));
    printf("depth %ld\n", depth(100000));
    printf("sum_to %ld\n", sum_to(100000, 0));
    printf("even/odd %d %d %d\n", is_even(10000), is_odd(7777), is_even(1));
    printf("eval %ld %ld %ld\n", eval("1+2*3"), eval("(1+2)*3-4/2"), eval("-(7*(6-10))+100/7"));
    struct V v = vrec((struct V){ 0, 0, 1 }, 30);
    printf("tribonacci %ld %ld %ld\n", v.a, v.b, v.c);
    long moves = 0;
    int cs = 0;
    hanoi(16, 1, 3, 2, &moves, &cs);
    printf("hanoi %ld %d\n", moves, cs);
    printf("many %.2f\n", many(1000, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    return 0;
}
