// covers: GNU __auto_type type inference from initializers (int, double, pointers, struct, function pointer, unsigned long long, char arithmetic promotion), __auto_type in macros evaluating arguments once, __auto_type in loops
#include <stdio.h>

#define SQUARE_ONCE(x) ({ __auto_type v_ = (x); v_ * v_; })

static int counter;
static int next(void) { return ++counter; }
struct pt { int x, y; };
static struct pt mk(int a) { return (struct pt){a, -a}; }
static double half(double v) { return v / 2; }

int main(void) {
    __auto_type a = 5;
    __auto_type b = 2.5;
    __auto_type c = 'x' + 1;        /* int */
    __auto_type d = 10ULL;
    __auto_type e = &a;
    __auto_type f = mk(3);
    __auto_type g = half;
    __auto_type h = "string";
    __auto_type s = (short)7;
    printf("%d %g %d %llu %d %d %d %g %s %d\n", a, b, c, d, *e, f.x, f.y, g(9), h, s);
    printf("%zu %zu %zu %zu %zu %zu\n", sizeof a, sizeof b, sizeof c, sizeof d, sizeof f, sizeof s);
    printf("%d\n", SQUARE_ONCE(next()));
    printf("%d\n", counter);
    printf("%g\n", SQUARE_ONCE(1.5));
    int arr[4] = {4, 3, 2, 1};
    __auto_type p = arr;            /* int* */
    long sum = 0;
    for (__auto_type i = 0; i < 4; i++) sum += p[i] * (i + 1);
    printf("%ld %zu\n", sum, sizeof p);
    __auto_type big = 1LL << 40;
    printf("%lld\n", big);
    __auto_type fl = 1.0f;
    printf("%zu\n", sizeof fl);
    return 0;
}
