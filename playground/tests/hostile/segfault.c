/* Hostile: writes through a null pointer. */
static int attack(void)
{
    *(volatile int *)0 = 1;
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
