// expect: 18: compile-time call `touch` crashed: bus error
// cir-flags: --ct-timeout 1
#include <stdio.h>
#include <sys/mman.h>

/* A page mapped from an empty file: reading it is a bus error. */
static int touch(void)
{
    FILE *f = tmpfile();
    if (!f)
        return -1;
    volatile char *p = mmap(0, 4096, PROT_READ, MAP_SHARED, fileno(f), 0);
    if (p == MAP_FAILED)
        return -2;
    return p[0];
}

int x = @touch();
