/* Calling libc variadic functions: printf with more than 10 arguments mixing int, double,
 * char*, long, char, unsigned long long, float (promoted); doubles beyond the 8 SSE
 * registers; snprintf/sprintf/fprintf with many arguments. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static volatile size_t small_size = 10;

int main(void)
{
    int i1 = 1, i2 = -2;
    long l1 = 3000000000L, l2 = -4000000000L;
    double d1 = 1.5, d2 = -2.25, d3 = 3.125;
    const char *s1 = "alpha", *s2 = "beta";
    char c = 'Z';
    unsigned long long u = 18446744073709551615ULL;
    float f = 0.5f;
    short sh = -300;

    printf("%d %ld %.2f %s %d %ld %.3f %s %c %llu %.1f %.4f %hd\n",
           i1, l1, d1, s1, i2, l2, d2, s2, c, u, f, d3, sh);
    printf("%f %f %f %f %f %f %f %f %f %f %f %f\n",
           1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0);
    printf("%d %d %d %d %d %d %d %d %d %d %d %d %d %d\n",
           1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    printf("%d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f %d %.1f\n",
           1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5);
    printf("%s|%-8s|%8s|%.3s|%c%c%c|%5d|%-5d|%05d|%x|%X|%o|%#x|%+d|% d\n",
           s1, s2, s1, "truncate", 'a', 'b', 'c', 42, 42, 42, 255, 255, 8, 255, 7, 7);
    printf("%lld %lli %llx %lu %zu %td %jd\n", -1LL, 123LL, 0xDEADBEEFCAFEULL, 0UL, sizeof(double), (long)-5, (intmax_t)77);
    printf("%e %E %g %G %a\n", 12345.678, 0.000123, 1e20, 1e-20, 1.0);
    printf("%*d|%-*d|%.*f|%*.*f\n", 6, 42, 6, 42, 3, 3.14159, 10, 2, 2.71828);
    printf("%%literal %5.1f%%\n", 99.5);

    char buf[512];
    int n = snprintf(buf, sizeof buf, "%s=%d,%s=%.2f,%s=%ld,%s=%c,%s=%llu,%s=%.3e,%s=%s",
                     "a", 1, "b", 2.5, "c", 30000000000L, "d", 'q', "e", 12345678901234ULL, "f", 6.02e23, "g", "end");
    printf("snprintf %d %s\n", n, buf);
    n = snprintf(buf, small_size, "%d-%d-%d-%d", 1111, 2222, 3333, 4444);
    printf("truncated %d %s\n", n, buf);
    sprintf(buf, "%08.3f|%-10.4e|%+.0f", -3.14159, 1234.5, 2.5);
    printf("sprintf %s\n", buf);
    fprintf(stdout, "fprintf %d %f %s %ld %d %f %s %ld %d %f\n", 1, 2.0, "three", 4L, 5, 6.0, "seven", 8L, 9, 10.0);
    float fa[9] = { 0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f };
    printf("floats %g %g %g %g %g %g %g %g %g\n", fa[0], fa[1], fa[2], fa[3], fa[4], fa[5], fa[6], fa[7], fa[8]);
    printf("count%n\n", &n);
    printf("n=%d\n", n);
    return 0;
}
