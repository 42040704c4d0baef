// covers: variadic functions with stdarg.h (va_start/va_arg/va_end) reading int, long, long long, unsigned, double (float promoted), char* and void* pointers, char/short promoted to int, sentinel-terminated lists, format-string-driven parsing, many variadic args spilling to stack
#include <stdio.h>
#include <stdarg.h>

static long sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double avg_doubles(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return count ? s / count : 0;
}

static int concat_len(const char *first, ...) {
    va_list ap;
    va_start(ap, first);
    int n = 0;
    for (const char *s = first; s; s = va_arg(ap, const char *)) {
        while (*s++) n++;
    }
    va_end(ap);
    return n;
}

static void mini_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { putchar(*p); continue; }
        switch (*++p) {
        case 'd': printf("%d", va_arg(ap, int)); break;
        case 'u': printf("%u", va_arg(ap, unsigned)); break;
        case 'l': printf("%ld", va_arg(ap, long)); break;
        case 'L': printf("%lld", va_arg(ap, long long)); break;
        case 'f': printf("%.3f", va_arg(ap, double)); break;
        case 's': printf("%s", va_arg(ap, char *)); break;
        case 'c': putchar(va_arg(ap, int)); break;
        case 'p': printf("%s", va_arg(ap, void *) ? "nonnull" : "null"); break;
        case '%': putchar('%'); break;
        }
    }
    va_end(ap);
}

static double mixed(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double total = 0;
    for (int i = 0; i < n; i++) {
        if (i % 2 == 0) total += va_arg(ap, int);
        else total += va_arg(ap, double);
    }
    va_end(ap);
    return total;
}

int main(void) {
    printf("%ld\n", sum_ints(5, 1, 2, 3, 4, 5));
    printf("%ld\n", sum_ints(0));
    char c = 'A';
    short s = -300;
    printf("%ld\n", sum_ints(3, c, s, (unsigned char)255));
    printf("%g\n", avg_doubles(4, 1.0, 2.5, 3.5f, -1.0));
    printf("%d\n", concat_len("abc", "de", "", "fghij", (char *)NULL));
    int x = 1;
    mini_printf("int=%d uint=%u long=%l ll=%L dbl=%f str=%s chr=%c ptr=%p null=%p 100%%\n",
                -42, 4000000000u, -1234567890123L, 9000000000000000000LL, 3.14159, "hi", 'z', (void *)&x, (void *)0);
    printf("%g\n", mixed(12, 1, 0.5, 2, 0.25, 3, 0.125, 4, 1.5, 5, 2.5, 6, 3.5));
    printf("%ld\n", sum_ints(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
    return 0;
}
