// covers: _Alignas on struct members and variables (with integer and type operands), alignas from stdalign.h, effect on sizeof/offsetof/_Alignof, over-aligned local and global variables checked via address modulo
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdalign.h>

struct a1 { char c; _Alignas(16) int x; char d; };
struct a2 { _Alignas(double) char c; char e; };
struct a3 { char c; alignas(32) char buf[5]; short s; };
struct a4 { int n; _Alignas(8) _Alignas(4) short s; };   /* strictest wins */

_Alignas(64) static char global_buf[10];
alignas(32) int global_int = 5;

int main(void) {
    printf("%zu %zu %zu\n", sizeof(struct a1), _Alignof(struct a1), offsetof(struct a1, x));
    printf("%zu %zu\n", offsetof(struct a1, d), sizeof(struct a2));
    printf("%zu %zu %zu %zu\n", _Alignof(struct a2), sizeof(struct a3), _Alignof(struct a3), offsetof(struct a3, s));
    printf("%zu %zu %zu\n", sizeof(struct a4), _Alignof(struct a4), offsetof(struct a4, s));
    _Alignas(32) char local[3];
    alignas(16) double ld;
    _Alignas(long long) int li;
    printf("%d %d %d\n", (int)((uintptr_t)local % 32), (int)((uintptr_t)&ld % 16), (int)((uintptr_t)&li % 8));
    printf("%d %d\n", (int)((uintptr_t)global_buf % 64), (int)((uintptr_t)&global_int % 32));
    struct a1 arr[3];
    printf("%d %d\n", (int)((uintptr_t)&arr[1].x % 16), (int)((char *)&arr[2] - (char *)&arr[0]));
    struct a3 s3 = {'z', "abcd", 7};
    printf("%c %s %d\n", s3.c, s3.buf, s3.s);
    local[0] = 'o'; local[1] = 'k'; local[2] = 0;
    ld = 1.5; li = 3;
    global_buf[0] = 'g';
    printf("%s %g %d %c %d\n", local, ld, li, global_buf[0], global_int);
    return 0;
}
