// covers: function attributes noreturn, const, pure, format(printf, 1, 2), unused, used, cold, hot, warn_unused_result, nonnull, malloc, returns_nonnull, deprecated-free attributes on declarations and definitions; attributes on parameters and variables (unused)
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static int square(int x) __attribute__((const));
static int square(int x) { return x * x; }

static size_t my_len(const char *s) __attribute__((pure, nonnull(1)));
static size_t my_len(const char *s) { size_t n = 0; while (s[n]) n++; return n; }

static int logf_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int logf_(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("[log] ");
    int r = vprintf(fmt, ap);
    va_end(ap);
    return r;
}

static void fatal(const char *msg) __attribute__((noreturn, cold));
static void fatal(const char *msg) { printf("fatal: %s\n", msg); exit(3); }

__attribute__((unused)) static int never_called(void) { return 1; }
__attribute__((used)) static int kept_symbol(int x) { return x + 1; }
__attribute__((hot)) static int hot_path(int x) { return x * 3 + 1; }
__attribute__((warn_unused_result)) static int must_use(int x) { return x - 1; }

static void *xalloc(size_t n) __attribute__((malloc, returns_nonnull));
static void *xalloc(size_t n) { void *p = malloc(n); if (!p) fatal("oom"); return p; }

static int add_unused(int a, int b __attribute__((unused))) { return a; }

int main(void) {
    printf("%d %zu\n", square(12), my_len("attributes"));
    logf_("%s=%d\n", "value", 42);
    printf("%d %d\n", kept_symbol(1), hot_path(5));
    int r = must_use(10);
    printf("%d\n", r);
    char *buf = xalloc(16);
    strcpy(buf, "heap");
    printf("%s\n", buf);
    free(buf);
    int unused_var __attribute__((unused)) = 5;
    printf("%d\n", add_unused(7, 8));
    int total = 0;
    for (int i = 0; i < 10; i++) total += square(i) + hot_path(i);
    printf("%d\n", total);
    if (total > 1000) fatal("too big");
    return 0;
}
