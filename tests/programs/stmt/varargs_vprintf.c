// covers: passing va_list to vprintf, vsnprintf, vfprintf(stdout), vsprintf; va_list forwarding through a chain of functions, vsnprintf size computation with NULL buffer, building strings with repeated vsnprintf
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static int my_log(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int my_log(const char *level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("[%s] ", level);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

static char *format_alloc(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *format_alloc(const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *buf = malloc((size_t)n + 1);
    vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return buf;
}

static void inner(const char *fmt, va_list ap) { vfprintf(stdout, fmt, ap); }
static void middle(const char *fmt, va_list ap) { printf("<"); inner(fmt, ap); printf(">\n"); }
static void outer(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    middle(fmt, ap);
    va_end(ap);
}

static int appendf(char *buf, size_t cap, const char *fmt, ...) {
    size_t len = strlen(buf);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf + len, cap - len, fmt, ap);
    va_end(ap);
    return n;
}

int main(void) {
    int n = my_log("info", "%s has %d items costing %.2f\n", "cart", 3, 19.5);
    printf("%d\n", n);
    char *s = format_alloc("%05d|%-6s|%x|%c", 42, "ab", 255, 'q');
    printf("%s %zu\n", s, strlen(s));
    free(s);
    outer("%d + %d = %d", 2, 3, 5);
    outer("%s", "single");
    char buf[64] = "";
    for (int i = 0; i < 5; i++) appendf(buf, sizeof buf, "%d,", i * i);
    printf("%s\n", buf);
    char small[8] = "";
    int want = appendf(small, sizeof small, "%s", "truncated output");
    printf("%s %d\n", small, want);
    char sbuf[32];
    sprintf(sbuf, "%.3e", 12345.678);
    printf("%s\n", sbuf);
    return 0;
}
