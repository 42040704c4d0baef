// covers: va_arg with long double, long long, unsigned long long, size_t, ptrdiff_t, intmax_t, pointer-to-struct; more than 6 integer and 8 floating variadic args (stack spill) interleaved; vprintf with %Lf, %jd, %zu, %td
#include <stdio.h>
#include <stdarg.h>
#include <stdint.h>
#include <stddef.h>

struct pt { int x, y; };

static long double sum_ld(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, long double);
    va_end(ap);
    return s;
}

static void typed(const char *spec, ...) {
    va_list ap;
    va_start(ap, spec);
    for (const char *c = spec; *c; c++) {
        switch (*c) {
        case 'i': printf("i:%d ", va_arg(ap, int)); break;
        case 'L': printf("L:%lld ", va_arg(ap, long long)); break;
        case 'U': printf("U:%llu ", va_arg(ap, unsigned long long)); break;
        case 'z': printf("z:%zu ", va_arg(ap, size_t)); break;
        case 't': printf("t:%td ", va_arg(ap, ptrdiff_t)); break;
        case 'j': printf("j:%jd ", va_arg(ap, intmax_t)); break;
        case 'd': printf("d:%g ", va_arg(ap, double)); break;
        case 'D': printf("D:%Lg ", va_arg(ap, long double)); break;
        case 'p': { struct pt *p = va_arg(ap, struct pt *); printf("p:(%d,%d) ", p->x, p->y); break; }
        }
    }
    va_end(ap);
    printf("\n");
}

static void vp(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
}

int main(void) {
    printf("%Lg\n", sum_ld(4, 1.5L, 2.25L, -0.75L, 1e10L));
    struct pt pt = {3, 4};
    int arr[10];
    typed("iLUztjdDp", 1, -2LL, 3ULL, sizeof arr, &arr[7] - &arr[2], (intmax_t)-99, 2.5, 3.5L, &pt);
    typed("iiiiiiiiiidddddddddd", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5);
    typed("idLDidLDid", 1, 0.5, 2LL, 0.25L, 3, 0.125, 4LL, 0.0625L, 5, 0.03125);
    vp("%Lf %jd %zu %td %lld\n", 1.0L / 3, (intmax_t)INTMAX_MIN, (size_t)SIZE_MAX, (ptrdiff_t)-5, -1LL);
    return 0;
}
