// covers: static local variables keeping values across calls, static local arrays and structs, static locals initialized with constant expressions (only once), static local pointers to static data, same-named static locals in different functions, recursion with static counters
#include <stdio.h>

static int counter(void) { static int n; return ++n; }
static int other_counter(void) { static int n = 100; return n += 10; }
static const char *next_name(void) {
    static const char *names[] = {"a", "b", "c"};
    static int i = 0;
    const char *r = names[i];
    i = (i + 1) % 3;
    return r;
}
static int fib_memo(int n) {
    static long long memo[50];
    static int calls;
    calls++;
    if (n < 2) return n;
    if (memo[n]) return (int)memo[n];
    memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
    if (n == 40) printf("calls %d\n", calls);
    return (int)memo[n];
}
static int *scratch(void) { static int buf[4] = {1, 2, 3, 4}; return buf; }
struct acc { int count; double sum; };
static struct acc *add_sample(double v) {
    static struct acc a = {0, 0.0};
    a.count++;
    a.sum += v;
    return &a;
}
static int depth_tracker(int d) {
    static int maxd;
    if (d > maxd) maxd = d;
    if (d < 6) depth_tracker(d + 1);
    return maxd;
}

int main(void) {
    for (int i = 0; i < 5; i++) printf("%d ", counter());
    printf("\n");
    for (int i = 0; i < 3; i++) printf("%d ", other_counter());
    printf("\n");
    for (int i = 0; i < 7; i++) printf("%s", next_name());
    printf("\n");
    printf("%d\n", fib_memo(40));
    int *s = scratch();
    s[2] = 30;
    printf("%d %d\n", scratch()[2], scratch()[3]);
    struct acc *a = NULL;
    for (int i = 1; i <= 4; i++) a = add_sample(i * 0.5);
    printf("%d %g\n", a->count, a->sum);
    int dt0 = depth_tracker(0);
    int dt3 = depth_tracker(3);
    printf("%d %d\n", dt0, dt3);
    return 0;
}
