// covers: atoi, atol, atoll, strtol with bases 0/2/8/10/16/36 and endptr, strtoul with negative input wraparound, strtoll/strtoull limits, strtod/strtof/strtold incl. hex floats and inf/nan text, leading whitespace and signs, partial parses, nonzero exit code from parsed sum
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

int main(void) {
    printf("%d %d %d %d\n", atoi("42"), atoi("  -17abc"), atoi("+8"), atoi("x9"));
    printf("%ld %lld\n", atol("1234567890123"), atoll("-9223372036854775807"));
    const char *tests[] = {"0x1A", "0755", "123", "-0b101", "  +77z", "zz"};
    for (int i = 0; i < 6; i++) {
        char *end;
        long v = strtol(tests[i], &end, 0);
        printf("'%s' base0 -> %ld rest='%s'\n", tests[i], v, end);
    }
    char *end;
    printf("%ld %ld %ld %ld\n", strtol("1010", NULL, 2), strtol("777", NULL, 8), strtol("ff", NULL, 16), strtol("zz", NULL, 36));
    printf("%ld\n", strtol("0x", &end, 16));
    printf("rest '%s'\n", end);
    printf("%lu\n", strtoul("-1", NULL, 10));
    printf("%lu\n", strtoul("18446744073709551615", NULL, 10));
    printf("%lld %llu\n", strtoll("-9223372036854775808", NULL, 10), strtoull("0xffffffffffffffff", NULL, 16));
    double d = strtod("3.25e2xyz", &end);
    printf("%g '%s'\n", d, end);
    printf("%g %g\n", strtod("0x1.8p1", NULL), strtod("  -.5", NULL));
    double inf = strtod("inf", NULL), ninf = strtod("-Infinity", NULL), nan_ = strtod("nan", NULL);
    printf("%g %g %d\n", inf, ninf, isnan(nan_) != 0);
    printf("%.9g\n", (double)strtof("0.1", NULL));
    printf("%.18Lg\n", strtold("0.1", NULL));
    d = strtod("not a number", &end);
    printf("%g %d\n", d, *end == 'n');
    long sum = 0;
    const char *list = "10 20 -5 0x10 077";
    const char *p = list;
    while (*p) {
        char *e;
        long v = strtol(p, &e, 0);
        if (e == p) break;
        sum += v;
        p = e;
    }
    printf("%ld\n", sum);
    return (int)(sum % 10);
}
