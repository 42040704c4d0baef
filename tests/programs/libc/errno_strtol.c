// covers: errno handling: strtol/strtoul/strtoll overflow and underflow set ERANGE and clamp to LONG_MAX/LONG_MIN, errno reset to 0 before calls, EINVAL-free detection via endptr, strtod overflow/underflow ERANGE, math errno (sqrt(-1)/log(0) EDOM/ERANGE via math_errhandling), fopen of missing file ENOENT, strerror text
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <math.h>

static void try_strtol(const char *s) {
    errno = 0;
    char *end;
    long v = strtol(s, &end, 10);
    printf("strtol('%s') = %ld errno=%s consumed=%td max=%d min=%d\n", s, v, errno == ERANGE ? "ERANGE" : errno ? "other" : "0",
           end - s, v == LONG_MAX, v == LONG_MIN);
}

int main(void) {
    try_strtol("123");
    try_strtol("9223372036854775807");
    try_strtol("9223372036854775808");
    try_strtol("-9223372036854775809");
    try_strtol("99999999999999999999999");
    try_strtol("abc");
    errno = 0;
    unsigned long ul = strtoul("18446744073709551616", NULL, 10);
    printf("strtoul overflow %lu %d\n", ul, errno == ERANGE);
    errno = 0;
    long long ll = strtoll("-99999999999999999999", NULL, 10);
    printf("strtoll underflow %lld %d\n", ll, errno == ERANGE);
    errno = 0;
    double d = strtod("1e999", NULL);
    printf("strtod overflow %g %d\n", d, errno == ERANGE);
    errno = 0;
    d = strtod("1e-999", NULL);
    printf("strtod underflow %g %d\n", d, errno == ERANGE);
    errno = 0;
    d = strtod("2.5", NULL);
    printf("strtod ok %g %d\n", d, errno);
    if (math_errhandling & MATH_ERRNO) {
        errno = 0;
        volatile double neg = -1.0;
        double r = sqrt(neg);
        printf("sqrt(-1) nan=%d EDOM=%d\n", isnan(r) != 0, errno == EDOM);
        errno = 0;
        volatile double zero = 0.0;
        r = log(zero);
        printf("log(0) %g ERANGE=%d\n", r, errno == ERANGE);
    }
    errno = 0;
    FILE *f = fopen("/nonexistent/cir/corpus/file.txt", "r");
    printf("fopen null=%d ENOENT=%d msg=%s\n", f == NULL, errno == ENOENT, strerror(errno));
    printf("%s\n", strerror(ERANGE));
    printf("%s\n", strerror(EDOM));
    errno = 0;
    printf("errno now %d\n", errno);
    return 0;
}
