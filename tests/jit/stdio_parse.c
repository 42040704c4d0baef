/* stdio and parsing: setvbuf (full buffering, own buffer), snprintf, sscanf with many
 * conversions, strtol/strtoul/strtoll with bases and end pointers and errno on overflow,
 * strtod, atoi/atol, fputs/putchar/fwrite, and fflush at exit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>

static char outbuf[1 << 14];

int main(void)
{
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    printf("buffered start\n");

    const char *nums[] = { "123", "-456", "0x1F", "0777", "  +42xyz", "9223372036854775807", "9223372036854775808",
                           "-9223372036854775809", "", "abc", "1010" };
    for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        char *end;
        errno = 0;
        long v = strtol(nums[i], &end, 0);
        int e = errno;
        printf("strtol(\"%s\",0) = %ld errno=%s rest=\"%s\"\n", nums[i], v, e == ERANGE ? "ERANGE" : e ? "other" : "0", end);
    }
    char *end;
    printf("base2 %ld base16 %ld base36 %ld base8 %ld\n", strtol("1010", NULL, 2), strtol("ff", NULL, 16),
           strtol("zz", NULL, 36), strtol("777", &end, 8));
    errno = 0;
    unsigned long ul = strtoul("18446744073709551615", &end, 10);
    printf("strtoul %lu errno=%d\n", ul, errno);
    errno = 0;
    ul = strtoul("18446744073709551616", &end, 10);
    printf("strtoul overflow %lu erange=%d\n", ul, errno == ERANGE);
    printf("strtoul neg %lu\n", strtoul("-1", NULL, 10));
    printf("strtoll %lld strtoull %llu\n", strtoll("-123456789012345", NULL, 10), strtoull("0xFFFFFFFFFFFFFFFF", NULL, 16));
    printf("atoi %d %d atol %ld atoll %lld\n", atoi("  -17abc"), atoi("x"), atol("2147483648"), atoll("-9000000000"));
    double d = strtod("  3.25e2rest", &end);
    printf("strtod %.2f rest=%s\n", d, end);
    printf("strtod %g %g %g %g\n", strtod("0x1.8p1", NULL), strtod("-inf", NULL), strtod("1e-310", NULL), atof("2.5"));
    printf("strtof %.3f\n", (double)strtof("1.125", NULL));

    int a, b, n;
    char word[16];
    double f;
    long l;
    unsigned x;
    char c;
    int got = sscanf("12 -34 hello 2.5 123456789012 ff Z", "%d %d %15s %lf %ld %x %c", &a, &b, word, &f, &l, &x, &c);
    printf("sscanf %d: %d %d %s %.2f %ld %u %c\n", got, a, b, word, f, l, x, c);
    got = sscanf("key=value;rest", "%15[^=]=%n", word, &n);
    printf("sscanf scanset %d %s %d\n", got, word, n);
    got = sscanf("2024-01-15", "%4d-%2d-%2d", &a, &b, &n);
    printf("date %d %d %d %d\n", got, a, b, n);
    got = sscanf("abc", "%d", &a);
    printf("fail %d\n", got);
    float ff;
    short sh;
    unsigned char hh;
    long long lll;
    got = sscanf("1.5 -7 200 -99999999999", "%f %hd %hhu %lld", &ff, &sh, &hh, &lll);
    printf("sizes %d %.2f %d %u %lld\n", got, (double)ff, sh, hh, lll);

    char buf[100];
    int len = snprintf(buf, sizeof buf, "[%5.2f|%-6s|%03d|%lx]", 3.14159, "ab", 7, 255UL);
    printf("%s %d\n", buf, len);
    len = snprintf(NULL, 0, "%d %s", 12345, "measure");
    printf("measure %d\n", len);
    fputs("fputs line\n", stdout);
    putchar('P');
    putchar('\n');
    fwrite("fwrite data\n", 1, 12, stdout);
    fprintf(stdout, "%s %d\n", "fprintf", 1);
    printf("buffered end (flushed at exit)\n");
    return 0;
}
