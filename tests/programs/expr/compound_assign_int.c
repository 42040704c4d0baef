// covers: compound assignment += -= *= /= %= <<= >>= &= |= ^= on int, unsigned, long, long long, unsigned long long, result value of compound assignment, compound assignment to array elements with side-effect-free index
#include <stdio.h>

int main(void) {
    int a = 100;
    printf("%d ", a += 5);
    printf("%d ", a -= 10);
    printf("%d ", a *= 3);
    printf("%d ", a /= 4);
    printf("%d ", a %= 17);
    printf("%d ", a <<= 3);
    printf("%d ", a >>= 1);
    printf("%d ", a &= 0x1c);
    printf("%d ", a |= 0x101);
    printf("%d\n", a ^= 0xff);
    unsigned u = 7;
    u -= 10; printf("%u ", u);
    u /= 3; printf("%u ", u);
    u %= 1000; printf("%u ", u);
    u <<= 20; printf("%u ", u);
    u >>= 25; printf("%u\n", u);
    long l = -5;
    l *= 1000000000L; printf("%ld ", l);
    l /= -7; printf("%ld ", l);
    l %= 1000; printf("%ld\n", l);
    long long ll = 1;
    for (int i = 0; i < 10; i++) { ll *= 13; ll ^= i; ll += ll >> 3; }
    printf("%lld\n", ll);
    unsigned long long ull = 0x0123456789abcdefULL;
    ull ^= ull << 13; ull ^= ull >> 7; ull ^= ull << 17;
    printf("%llx\n", ull);
    int arr[5] = {1, 2, 3, 4, 5};
    for (int i = 0; i < 5; i++) { arr[i] *= arr[i]; arr[4 - i] += i; }
    for (int i = 0; i < 5; i++) printf("%d ", arr[i]);
    printf("\n");
    int x = 10, y = 3;
    x += y -= 1;          /* right associative */
    printf("%d %d\n", x, y);
    x = y = 4;
    x *= y += 2;
    printf("%d %d\n", x, y);
    int m = -17;
    m /= 4; printf("%d ", m);
    m = -17; m %= 4; printf("%d ", m);
    m = -17; m >>= 2; printf("%d\n", m);
    int chained = 1;
    chained += 2;
    chained <<= chained;
    printf("%d\n", chained);
    return 0;
}
