/* libc functions that take or return structs by value or fill in structs: div/ldiv/lldiv/
 * imaxdiv (results in two registers), gmtime_r/mktime-free time formatting (struct tm
 * layout), strftime, and a FILE* round trip through a memory stream. */
#include <stdio.h>
#include <stdlib.h>
#include <inttypes.h>
#include <time.h>
#include <string.h>

int main(void)
{
    div_t d = div(-17, 5);
    ldiv_t ld = ldiv(123456789012L, -1000);
    lldiv_t lld = lldiv(-9000000000000000000LL, 7);
    imaxdiv_t im = imaxdiv(INTMAX_MAX, 1000000007);
    printf("div %d %d\n", d.quot, d.rem);
    printf("ldiv %ld %ld\n", ld.quot, ld.rem);
    printf("lldiv %lld %lld\n", lld.quot, lld.rem);
    printf("imaxdiv %jd %jd\n", im.quot, im.rem);
    printf("sizes %zu %zu %zu\n", sizeof d, sizeof ld, sizeof lld);

    time_t t = 1700000000;
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    gmtime_r(&t, &tm);
    printf("tm %d-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d gmtoff %ld\n", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday, tm.tm_isdst, tm.tm_gmtoff);
    char buf[64];
    size_t n = strftime(buf, sizeof buf, "%Y/%m/%d %H.%M.%S %a %b %j", &tm);
    printf("strftime %zu %s\n", n, buf);
    struct tm mine = { .tm_year = 100, .tm_mon = 1, .tm_mday = 29, .tm_hour = 12 };
    strftime(buf, sizeof buf, "%F %T", &mine);
    printf("strftime mine %s\n", buf);

    char *mem = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&mem, &len);
    fprintf(f, "%d-%s-%.2f", 42, "memstream", 2.5);
    fclose(f);
    printf("memstream %zu %s\n", len, mem);
    free(mem);
    char in[] = "10 20 30";
    FILE *r = fmemopen(in, strlen(in), "r");
    int a, b, c;
    int got = fscanf(r, "%d %d %d", &a, &b, &c);
    fclose(r);
    printf("fmemopen %d %d\n", got, a + b + c);
    return 0;
}
