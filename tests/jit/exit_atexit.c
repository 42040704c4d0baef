/* Program end: atexit handlers run in reverse order and can print, stdout is flushed,
 * the exit status passed to exit() from a nested call is the process's status. */
#include <stdio.h>
#include <stdlib.h>

static int counter;

static void first(void) { printf("atexit first (registered first, runs last) counter=%d\n", counter); }
static void second(void) { printf("atexit second counter=%d\n", counter); counter++; }

static void level2(void)
{
    counter++;
    printf("exiting from depth\n");
    exit(counter + 40);
}

static void level1(void)
{
    counter++;
    level2();
}

int main(void)
{
    atexit(first);
    atexit(second);
    printf("no newline at the end of this line -> ");
    level1();
    printf("not reached\n");
    return 0;
}
