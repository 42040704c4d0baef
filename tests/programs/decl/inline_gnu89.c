// covers: gnu89-style extern inline __attribute__((gnu_inline)) definitions (inline-only body) followed by a separate real definition in the same file, gnu_inline on static inline, __inline__ and __inline keywords, calls through pointers use the real definition
#include <stdio.h>

extern inline __attribute__((gnu_inline)) int scaled(int x) { return x * 10; }
int scaled(int x) { return x * 10; }         /* the out-of-line definition */

extern __inline__ __attribute__((gnu_inline)) int plus1(int x) { return x + 1; }
int plus1(int x) { return x + 1; }

static __inline int dbl(int x) { return x + x; }
static __inline__ __attribute__((gnu_inline)) int tri(int x) { return 3 * x; }

int main(void) {
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
