/* Variadic function definitions: va_arg with int, double, long long, char* and struct
 * arguments, more variadic arguments than registers, va_copy, nested va_list passing,
 * forwarding to vprintf, vsnprintf and vfprintf. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

struct Pair { int a; int b; };
struct Trio { double x, y, z; };
struct Big { long v[5]; };
struct DL { double d; long l; };          /* SSE + INTEGER */
struct FIF { float a; int b; float c; };  /* INTEGER + SSE */
struct LL { long a, b; };                 /* INTEGER + INTEGER */

static int sum_ints(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double sum_doubles(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return s;
}

static long long sum_ll(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long long s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, long long);
    va_end(ap);
    return s;
}

/* fmt: i=int, d=double, l=long long, s=string, p=struct Pair, t=struct Trio, b=struct Big,
 * m=struct DL, f=struct FIF, w=struct LL */
static void mixed(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        switch (*f) {
        case 'i': printf("i:%d ", va_arg(ap, int)); break;
        case 'd': printf("d:%.3f ", va_arg(ap, double)); break;
        case 'l': printf("l:%lld ", va_arg(ap, long long)); break;
        case 's': printf("s:%s ", va_arg(ap, const char *)); break;
        case 'p': {
            struct Pair p = va_arg(ap, struct Pair);
            printf("p:(%d,%d) ", p.a, p.b);
            break;
        }
        case 't': {
            struct Trio t = va_arg(ap, struct Trio);
            printf("t:(%.1f,%.1f,%.1f) ", t.x, t.y, t.z);
            break;
        }
        case 'b': {
            struct Big b = va_arg(ap, struct Big);
            printf("b:(%ld..%ld) ", b.v[0], b.v[4]);
            break;
        }
        case 'm': {
            struct DL m = va_arg(ap, struct DL);
            printf("m:(%.2f,%ld) ", m.d, m.l);
            break;
        }
        case 'f': {
            struct FIF f = va_arg(ap, struct FIF);
            printf("f:(%.2f,%d,%.2f) ", f.a, f.b, f.c);
            break;
        }
        case 'w': {
            struct LL w = va_arg(ap, struct LL);
            printf("w:(%ld,%ld) ", w.a, w.b);
            break;
        }
        }
    }
    va_end(ap);
    printf("\n");
}

/* va_copy: walk the list twice */
static void twice(int n, ...)
{
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    long s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    long m = 1;
    for (int i = 0; i < n; i++)
        m *= va_arg(ap2, int);
    va_end(ap2);
    va_end(ap);
    printf("twice sum=%ld prod=%ld\n", s, m);
}

static void vlog(const char *prefix, const char *fmt, va_list ap)
{
    char buf[256];
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, cp);
    va_end(cp);
    printf("%s[%d] %s\n", prefix, n, buf);
    printf("%s again: ", prefix);
    vprintf(fmt, ap);
    printf("\n");
}

static void logf_(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vlog("log", fmt, ap);
    va_end(ap);
}

static int my_fprintf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(f, fmt, ap);
    va_end(ap);
    return n;
}

static char *join(char *out, const char *sep, ...)
{
    va_list ap;
    va_start(ap, sep);
    out[0] = 0;
    const char *s;
    int first = 1;
    while ((s = va_arg(ap, const char *)) != NULL) {
        if (!first)
            strcat(out, sep);
        strcat(out, s);
        first = 0;
    }
    va_end(ap);
    return out;
}

/* variadic with many named parameters first, so the variadic part starts on the stack */
static double late(int a, int b, int c, int d, int e, int f, double g, double h, ...)
{
    va_list ap;
    va_start(ap, h);
    double s = a + b + c + d + e + f + g + h;
    int k = va_arg(ap, int);
    for (int i = 0; i < k; i++)
        s += va_arg(ap, double) * (i + 1);
    long tail = va_arg(ap, long);
    va_end(ap);
    return s + tail;
}

int main(void)
{
    printf("ints %d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    printf("doubles %.3f %.3f\n", sum_doubles(3, 0.5, 0.25, 0.125),
           sum_doubles(12, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.5));
    printf("ll %lld %lld\n", sum_ll(2, 1LL << 40, -(1LL << 41)), sum_ll(8, 1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 1LL << 50));
    struct Pair p = { 3, -4 };
    struct Trio t = { 1.5, 2.5, 3.5 };
    struct Big b = { { 10, 20, 30, 40, 50 } };
    mixed("idlsptb", 7, 2.5, 1LL << 33, "str", p, t, b);
    mixed("ddddddddddi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11);
    mixed("iiiiiiiis", 1, 2, 3, 4, 5, 6, 7, 8, "after eight ints");
    mixed("ptptptp", p, t, p, t, p, t, p);
    struct DL dl = { 0.5, -9 };
    struct FIF fif = { 1.5f, 7, -2.5f };
    struct LL ll = { 100, 200 };
    mixed("mfw", dl, fif, ll);
    /* registers run out in the middle: a two-register struct after four ints (one
     * general register left) goes to the stack, and the int after it takes the last register */
    mixed("iiiiwi", 1, 2, 3, 4, ll, 5);
    mixed("iiiimi", 1, 2, 3, 4, dl, 5);
    mixed("iiiiimfi", 1, 2, 3, 4, 5, dl, fif, 6);
    mixed("dddddddmd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, dl, 8.0);
    mixed("ddddddddfw", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, fif, ll);
    twice(5, 1, 2, 3, 4, 5);
    logf_("%s has %d items costing %.2f (%ld)", "cart", 3, 19.99, 123456789012L);
    int n = my_fprintf(stdout, "%d-%s-%.1f\n", 1, "two", 3.0);
    printf("fprintf wrote %d\n", n);
    char buf[128];
    printf("join %s\n", join(buf, ", ", "a", "bb", "ccc", "dddd", (char *)NULL));
    printf("late %.3f\n", late(1, 2, 3, 4, 5, 6, 0.5, 0.25, 3, 1.0, 2.0, 3.0, 1000L));
    return 0;
}
