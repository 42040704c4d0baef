// covers: K&R (old-style) function definitions with identifier lists and declaration lists (int, char*, double, pointer, implicit default argument promotions for char/short/float params), calling K&R functions via prior prototype-less declarations, K&R with no params
#include <stdio.h>

int add(a, b)
    int a;
    int b;
{
    return a + b;
}

int count_char(s, c)
    char *s;
    int c;
{
    int n = 0;
    while (*s) if (*s++ == c) n++;
    return n;
}

double scale(x, factor)
    double x;
    float factor;       /* promoted: passed as double */
{
    return x * factor;
}

long mix(c, s, l)
    char c;             /* promoted: passed as int */
    short s;
    long l;
{
    return c + s * 100L + l * 10000L;
}

int no_params()
{
    return 7;
}

void fill(arr, n, v)
    int *arr;
    int n, v;
{
    int i;
    for (i = 0; i < n; i++) arr[i] = v + i;
}

int apply(f, x)
    int (*f)();
    int x;
{
    return f(x, x);
}

int main(void) {
    int arr[5];
    printf("%d\n", add(2, 3));
    printf("%d\n", count_char("banana", 'a'));
    printf("%g\n", scale(2.5, 4.0));
    printf("%ld\n", mix('A', 3, 2L));
    printf("%d\n", no_params());
    fill(arr, 5, 10);
    printf("%d %d\n", arr[0], arr[4]);
    printf("%d\n", apply(add, 21));
    return 0;
}
