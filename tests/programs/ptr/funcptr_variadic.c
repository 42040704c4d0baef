// covers: pointers to variadic functions (printf, snprintf, own variadic), calling variadic functions through pointers, function pointer with va_list parameter (vprintf-like), casting function pointers to compatible types
#include <stdio.h>
#include <stdarg.h>

static int sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static int logv(const char *fmt, va_list ap) { printf("[log] "); return vprintf(fmt, ap); }
static int log_to(int (*sink)(const char *, va_list), const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = sink(fmt, ap);
    va_end(ap);
    return r;
}

int main(void) {
    int (*pf)(const char *, ...) = printf;
    pf("%s %d %.2f\n", "via pointer", 42, 3.14159);
    int (*psn)(char *, size_t, const char *, ...) = snprintf;
    char buf[32];
    int n = psn(buf, sizeof buf, "%05d|%-4s|", 77, "ab");
    printf("%s %d\n", buf, n);
    int (*ps)(int, ...) = sum_ints;
    printf("%d %d\n", ps(3, 1, 2, 3), (*ps)(5, 10, 20, 30, 40, 50));
    int r = log_to(logv, "%s=%d\n", "answer", 42);
    printf("%d\n", r);
    int (*pv)(const char *, va_list) = vprintf;
    log_to(pv, "direct %c%c\n", 'o', 'k');
    struct { int (*out)(const char *, ...); } io = {printf};
    io.out("%x\n", 255);
    return 0;
}
