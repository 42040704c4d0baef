/* Hostile: reads files it must not see (the host's accounts, the server's source, the
 * repository) and prints what it got. __REPO__ is replaced by the checkout's path. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static void show(const char *path)
{
    char buf[256];
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("read %s: failed: %s\n", path, strerror(errno));
        return;
    }
    while (fgets(buf, sizeof buf, f))
        printf("read %s: %s", path, buf);
    fclose(f);
}

static int attack(void)
{
    show("/etc/passwd");
    show("/etc/shadow");
    show("__REPO__/playground/src/main.rs");
    show("__REPO__/Cargo.toml");
    show("/proc/1/environ");
    fflush(stdout);
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
