#include <stdio.h>

/* examples/fib.c with the call evaluated at compile time: @fib(20) becomes (int)6765 and fib
 * itself does not appear in the output. */
// out: The answer is: 6765
// rendered: printf("The answer is: %d\n", (int)6765)
static int fib(int n)
{
    int a = 0;
    int b = 1;
    for (int i = 0; i < n; i++) {
        int c = b;
        b = a + b;
        a = c;
    }
    return a;
}

int main(void)
{
    printf("The answer is: %d\n", @fib(20));
    return 0;
}
