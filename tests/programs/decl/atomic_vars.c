// covers: _Atomic qualified variables (int, long, unsigned, pointer, _Bool, struct-free scalars), _Atomic(T) specifier form, compound assignment and ++/-- on atomics (sequentially consistent RMW), atomic loads/stores via plain expressions, sizeof _Atomic types
#include <stdio.h>

_Atomic int gcount = 0;
_Atomic(long) glong = 100;
static _Atomic unsigned gflags;

int main(void) {
    _Atomic int a = 5;
    a += 10;
    a -= 3;
    a *= 2;
    a /= 3;
    a |= 0x10;
    a &= 0x1c;
    a ^= 0x3;
    a <<= 2;
    a >>= 1;
    printf("%d\n", a);
    a++;
    ++a;
    a--;
    int old = a++;
    printf("%d %d\n", old, a);
    for (int i = 0; i < 100; i++) gcount++;
    glong += gcount * 2L;
    printf("%d %ld\n", gcount, glong);
    gflags |= 1u << 3;
    gflags |= 1u << 7;
    gflags &= ~(1u << 3);
    printf("%u\n", gflags);
    _Atomic(_Bool) done = 0;
    done = 1;
    printf("%d\n", done);
    int arr[4] = {10, 20, 30, 40};
    _Atomic(int *) ap = arr;
    ap += 2;
    printf("%d\n", *ap);
    ap--;
    printf("%d\n", *ap);
    _Atomic short as = 1000;
    as += 2000;
    as *= 2;
    printf("%d\n", as);
    _Atomic long long all = 1;
    for (int i = 0; i < 40; i++) all *= 2;
    printf("%lld\n", (long long)all);
    int plain = a + gcount;
    printf("%d\n", plain);
    printf("%zu %zu %zu\n", sizeof(_Atomic int), sizeof(_Atomic(char)), sizeof(_Atomic long long));
    return 0;
}
