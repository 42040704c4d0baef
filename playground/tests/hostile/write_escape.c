/* Hostile: writes files outside its working directory: /tmp/../escape-marker, /usr,
 * the repository (__REPO__), the host's /tmp. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static void put(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        printf("write %s: failed: %s\n", path, strerror(errno));
        return;
    }
    fputs("escaped\n", f);
    printf("write %s: %s\n", path, fclose(f) == 0 ? "written (inside the sandbox)" : "failed at close");
}

static int attack(void)
{
    put("/tmp/../escape-marker");
    put("/usr/escape-marker");
    put("__REPO__/escape-marker");
    put("/opt/cir/escape-marker");
    put("/tmp/escape-marker");
    fflush(stdout);
    return 0;
}

int main(void)
{
    return /*@*/attack();
}
