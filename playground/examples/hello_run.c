/* Run me: the program prints a greeting and a number computed while compiling.
 *
 * `@sumOfSquares(10)` runs inside the compiler; the program only prints the result, 385. */
#include <stdio.h>

static int sumOfSquares(int n)
{
    int s = 0;
    for (int i = 1; i <= n; i++)
        s += i * i;
    return s;
}

int main(void)
{
    printf("hello from cir\n");
    printf("the sum of the first ten squares, computed at compile time: %d\n", @sumOfSquares(10));
    return 0;
}
