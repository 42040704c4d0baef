/* memcpy/memmove/memset with small constant sizes (inlined by the JIT), overlapping moves, results. */
#include <stdio.h>
#include <string.h>
struct S { char a[13]; int x; };
int main(void) {
    char buf[80]; memset(buf, 'z', sizeof buf);
    memcpy(buf, "user:", 5); memcpy(buf + 5, "0123456789abcdefghij", 20);
    memmove(buf + 2, buf, 11); memset(buf + 30, 'q', 7); buf[40] = 0;
    char *r = memcpy(buf + 41, "x", 2);
    __builtin_memset(buf + 50, 0x41, 3); buf[53] = 0;
    struct S s = { "hello world!", 5 }, t; memcpy(&t, &s, sizeof s);
    printf("%s|%s|%s|%s %d %d\n", buf, r, buf + 50, t.a, t.x, (int)(r - buf));
    return 0;
}
