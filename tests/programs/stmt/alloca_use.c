// covers: alloca and __builtin_alloca for dynamic stack buffers, alloca in loops (memory released at function return), alloca'd string building, alloca returning zero-size safe use, alloca memory used after inner blocks, alignment of alloca result
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <alloca.h>

static size_t join(const char **parts, int n, char sep, char *out) {
    size_t total = 0;
    for (int i = 0; i < n; i++) total += strlen(parts[i]) + 1;
    char *tmp = alloca(total + 1);
    char *w = tmp;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(parts[i]);
        memcpy(w, parts[i], l);
        w += l;
        if (i + 1 < n) *w++ = sep;
    }
    *w = 0;
    strcpy(out, tmp);
    return (size_t)(w - tmp);
}

static long work(int n) {
    long s = 0;
    for (int i = 1; i <= n; i++) {
        int *a = __builtin_alloca(sizeof(int) * (size_t)i);
        for (int j = 0; j < i; j++) a[j] = j * i;
        s += a[i - 1];
    }
    return s;
}

int main(void) {
    const char *parts[] = {"alpha", "beta", "gamma", "delta"};
    char out[64];
    size_t len = join(parts, 4, '/', out);
    printf("%s %zu\n", out, len);
    printf("%ld\n", work(200));
    double *d = alloca(10 * sizeof(double));
    printf("%d\n", (int)((uintptr_t)d % _Alignof(double)));
    for (int i = 0; i < 10; i++) d[i] = i * 1.5;
    {
        int inner = 3;
        d[inner] += 100;
    }
    printf("%g %g\n", d[3], d[9]);
    char *s = alloca(1);
    s[0] = 0;
    printf("[%s]\n", s);
    return 0;
}
