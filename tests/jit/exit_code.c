/* The value returned by main is the exit status (modulo 256), and output written before is
 * flushed; main's parameters are usable. */
#include <stdio.h>

static int compute(int argc)
{
    int r = 0;
    for (int i = 0; i < 30; i++)
        r += i;
    return r - 135 + argc * 0; /* 300 */
}

int main(int argc, char **argv)
{
    printf("argc %d, argv[argc] is %s\n", argc, argv[argc] == NULL ? "NULL" : "set");
    printf("returning %d\n", compute(argc));
    return compute(argc); /* exit status 300 % 256 = 44 */
}
