#include <stdio.h>
#include <string.h>

/* Counts the space-separated words of s (strtok writes into s). Only called at compile time:
 * @numWords("Hello World") is replaced by its result, so this function is not in the output. */
// out: 2
// rendered: printf("%d\n", (int)2)
static int numWords(char *s)
{
    int n = 0;
    for (char *w = strtok(s, " "); w; w = strtok(NULL, " "))
        n++;
    return n;
}

int main(void)
{
    printf("%d\n", @numWords("Hello World"));
    return 0;
}
