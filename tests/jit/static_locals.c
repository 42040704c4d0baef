/* Static locals keep their state across calls: counters, arrays, pointers initialized to
 * other statics, statics in recursive functions and in blocks, memoization tables. */
#include <stdio.h>

static int next_id(void)
{
    static int id = 100;
    return id++;
}

static const char *cycle(void)
{
    static const char *const words[] = { "red", "green", "blue" };
    static int i;
    const char *w = words[i];
    i = (i + 1) % 3;
    return w;
}

static long fibm(int n)
{
    static long memo[91];
    static int calls;
    calls++;
    if (n < 2)
        return n;
    if (memo[n])
        return memo[n];
    return memo[n] = fibm(n - 1) + fibm(n - 2);
}

static int *counter_ptr(void)
{
    static int count;
    static int *p = &count;
    return p;
}

static double running_avg(double x)
{
    static double sum;
    static int n;
    sum += x;
    n++;
    return sum / n;
}

static int blocks(int k)
{
    int r = 0;
    for (int i = 0; i < k; i++) {
        static int inner = 1;
        inner *= 2;
        r = inner;
    }
    {
        static char buf[8] = "abc";
        buf[0]++;
        r += buf[0];
    }
    return r;
}

int main(void)
{
    for (int i = 0; i < 4; i++)
        printf("id %d\n", next_id());
    for (int i = 0; i < 5; i++)
        printf("%s ", cycle());
    printf("\n");
    printf("fib %ld %ld %ld\n", fibm(50), fibm(90), fibm(10));
    for (int i = 0; i < 3; i++)
        (*counter_ptr())++;
    printf("count %d\n", *counter_ptr());
    double avg = 0;
    for (int i = 1; i <= 8; i++)
        avg = running_avg(i * 1.5);
    printf("avg %.4f\n", avg);
    int b1 = blocks(3);
    int b2 = blocks(2);
    int b3 = blocks(0);
    printf("blocks %d %d %d\n", b1, b2, b3); /* sequenced: the calls share state */
    return 0;
}
