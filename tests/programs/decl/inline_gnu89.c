// covers: gnu89-style extern inline __attribute__((gnu_inline)) definitions (inline-only body) followed by a separate real definition in the same file, gnu_inline on static inline, __inline__ and __inline keywords, calls through pointers use the real definition
#include <stdio.h>

extern inline __attribute__((gnu_inline)) int scaled(int x) { return x * 10; }
int scaled(int x) { return x * 10; }         /* the out-of-line definition */

extern __inline__ __attribute__((gnu_inline)) int plus1(int x) { return x + 1; }
int plus1(int x) { return x + 1; }

static __inline int dbl(int x) { return x + x; }
static __inline__ __attribute__((gnu_inline)) int tri(int x) { return 3 * x; }

extern inline __attribute__((gnu_inline, always_inline)) int clamp8(int x) { return x < 0 ? 0 : x > 255 ? 255 : x; }
int clamp8(int x) { return x < 0 ? 0 : x > 255 ? 255 : x; }

extern inline __attribute__((gnu_inline)) long only_via_ptr(long x) { return x * x; }
long only_via_ptr(long x) { return x * x; }

int main(void) {
    long (*vp)(long) = only_via_ptr;
    printf("%ld %ld\n", vp(12), only_via_ptr(-3));
    int clamps[] = {-5, 0, 100, 255, 300};
    for (int i = 0; i < 5; i++) printf("%d ", clamp8(clamps[i]));
    printf("\n");
    printf("%d %d\n", scaled(4), plus1(41));
    int (*fp)(int) = scaled;
    int (*gp)(int) = plus1;
    printf("%d %d\n", fp(7), gp(-1));
    printf("%d %d\n", dbl(21), tri(5));
    int s = 0;
    for (int i = 0; i < 10; i++) s += scaled(i) + plus1(i) + dbl(i) + tri(i);
    printf("%d\n", s);
    return 0;
}
