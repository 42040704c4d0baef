// covers: time.h with fixed timestamps only: gmtime_r of fixed time_t values, timegm round trip, strftime with many conversions (%Y-%m-%d %H:%M:%S %j %a %b %A %B %U %w %y %e %%), difftime, struct tm normalization via timegm, asctime_r-free formatting, day-of-week computation, mktime/localtime_r under a fixed POSIX TZ rule string set via setenv+tzset (DST and standard time)
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>
#include <string.h>
#include <stdlib.h>

int main(void) {
    time_t stamps[] = {0, 86399, 951782400, 1234567890, 1700000000, 2147483647, 4102444800LL};
    char buf[128];
    for (int i = 0; i < 7; i++) {
        struct tm tm;
        gmtime_r(&stamps[i], &tm);
        strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S doy=%j %a %b wd=%w yy=%y", &tm);
        printf("%lld -> %s\n", (long long)stamps[i], buf);
        time_t back = timegm(&tm);
        printf("  roundtrip %d\n", back == stamps[i]);
    }
    struct tm t;
    memset(&t, 0, sizeof t);
    t.tm_year = 2024 - 1900;
    t.tm_mon = 1;
    t.tm_mday = 29;
    t.tm_hour = 12;
    time_t leap = timegm(&t);
    printf("%lld wday=%d yday=%d\n", (long long)leap, t.tm_wday, t.tm_yday);
    t.tm_mday += 1;          /* normalize Feb 30 -> Mar 1 */
    timegm(&t);
    strftime(buf, sizeof buf, "%A %B %e %Y, week %U", &t);
    printf("%s\n", buf);
    t.tm_mon = 13;           /* month overflow */
    t.tm_mday = 1;
    timegm(&t);
    strftime(buf, sizeof buf, "%d/%m/%Y %%", &t);
    printf("%s\n", buf);
    printf("%g\n", difftime((time_t)1700000000, (time_t)1600000000));
    struct tm a = {0}, b = {0};
    a.tm_year = 100; a.tm_mon = 0; a.tm_mday = 1;
    b.tm_year = 124; b.tm_mon = 0; b.tm_mday = 1;
    printf("days 2000..2024: %.0f\n", difftime(timegm(&b), timegm(&a)) / 86400);
    printf("%d\n", (int)sizeof(time_t));
    setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);   /* POSIX rule string: no tz database needed */
    tzset();
    struct tm lt = {0};
    lt.tm_year = 2023 - 1900; lt.tm_mon = 6; lt.tm_mday = 4; lt.tm_hour = 12; lt.tm_isdst = -1;
    time_t summer = mktime(&lt);
    printf("mktime summer %lld isdst=%d\n", (long long)summer, lt.tm_isdst);
    lt.tm_mon = 0; lt.tm_mday = 15; lt.tm_isdst = -1;
    time_t winter = mktime(&lt);
    printf("mktime winter %lld isdst=%d\n", (long long)winter, lt.tm_isdst);
    struct tm back;
    localtime_r(&summer, &back);
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M %Z", &back);
    printf("%s\n", buf);
    setenv("TZ", "UTC0", 1);
    tzset();
    localtime_r(&summer, &back);
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M %z", &back);
    printf("%s\n", buf);
    return 0;
}
