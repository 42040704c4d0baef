/* Hostile: never ends. The playground's tests call attack() at run time as written and at compile
 * time with the marker before the call replaced by `@`. */
static int attack(void)
{
    volatile unsigned long n = 0;
    for (;;)
        n++;
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
