/* Unit tests of libutil.a; exit status 0 when all pass. */
#include <stdio.h>
#include <string.h>
#include "util.h"

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("FAIL: %s\n", what);
        failures++;
    }
}

int main(void)
{
    check(crc32("123456789", 9) == 0xcbf43926u, "crc32 check value");
    check(crc32("", 0) == 0, "crc32 of nothing");
    check(crc32("The quick brown fox jumps over the lazy dog", 43) == 0x414fa339u, "crc32 fox");
    double v[] = {2, 4, 4, 4, 5, 5, 7, 9};
    check(mean(v, 8) == 5.0, "mean");
    check(variance(v, 8) == 4.0, "variance");
    check(mean(v, 0) == 0.0, "mean of nothing");
    printf("unit tests: %s\n", failures ? "FAILED" : "all passed");
    return failures != 0;
}
