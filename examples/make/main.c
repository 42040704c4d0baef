/* The demo program: prints the embedded banner, a checksum and statistics. */
#include <stdio.h>
#include <string.h>
#include "util.h"

int main(void)
{
    const char *msg = "123456789";
    double v[] = {2, 4, 4, 4, 5, 5, 7, 9};
    fputs(banner, stdout);
    printf("crc32(\"%s\") = %08x\n", msg, crc32(msg, strlen(msg)));
    printf("mean = %g, variance = %g\n", mean(v, 8), variance(v, 8));
    return 0;
}
