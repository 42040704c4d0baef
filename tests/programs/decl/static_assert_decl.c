// covers: _Static_assert at file scope, block scope, inside struct definitions, with sizeof/_Alignof/offsetof/enum constant expressions, static_assert macro from assert.h, with and without (C2x-style) message in GNU mode
#include <stdio.h>
#include <assert.h>
#include <stddef.h>
#include <limits.h>

_Static_assert(sizeof(int) == 4, "int must be 4 bytes");
_Static_assert(CHAR_BIT == 8, "8-bit bytes");
static_assert(sizeof(void *) == 8, "64-bit pointers");

enum { BUF = 16 };
_Static_assert(BUF % 8 == 0, "BUF multiple of 8");

struct hdr {
    int kind;
    _Static_assert(sizeof(long) == 8, "inside struct");
    char data[BUF];
};
_Static_assert(offsetof(struct hdr, data) == 4, "data offset");
_Static_assert(sizeof(struct hdr) == 20, "hdr size");
_Static_assert(_Alignof(double) == 8, "double alignment");

static int f(int x) {
    _Static_assert(sizeof x == sizeof(int), "param size");
    return x + 1;
}

int main(void) {
    _Static_assert(1 + 1 == 2, "math");
    struct hdr h = {1, "static asserts"};
    for (int i = 0; i < 2; i++) {
        _Static_assert(BUF > 2, "loop body");
        printf("%d ", f(i));
    }
    printf("\n%s %d %zu\n", h.data, h.kind, sizeof h);
    {
        static_assert((unsigned char)-1 == 255, "uchar max");
        printf("ok\n");
    }
    return 0;
}
