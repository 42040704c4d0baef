/* Hostile: prints 1 GB. */
#include <stdio.h>

static int attack(void)
{
    static const char line[] = "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789\n";
    for (long i = 0; i < 10000000; i++)
        fputs(line, stdout);
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
