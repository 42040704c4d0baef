// covers: short, unsigned short arithmetic, promotions, truncating conversions, compound ops on shorts
#include <stdio.h>
#include <limits.h>

int main(void) {
    short s = 30000;
    unsigned short us = 60000;
    printf("%d %d\n", s, us);
    printf("%d\n", s + s);        /* int 60000 */
    printf("%d\n", us + us);      /* int 120000 */
    printf("%d\n", (short)(s + s));
    printf("%d\n", (unsigned short)(us + us));
    printf("%u\n", (unsigned)us * us / 1000);
    printf("%d %d\n", SHRT_MAX, SHRT_MIN);
    printf("%d\n", USHRT_MAX);
    short a = -1234;
    printf("%d %d %d %d\n", a / 10, a % 10, a * 3, -a);
    unsigned short b = 1;
    b -= 2;
    printf("%d\n", b);
    b >>= 3;
    printf("%d\n", b);
    short arr[8];
    for (int i = 0; i < 8; i++) arr[i] = (short)(i * 5000 - 17000);
    long acc = 0;
    for (int i = 0; i < 8; i++) { acc += arr[i]; printf("%d ", arr[i]); }
    printf("\n%ld\n", acc);
    short c = SHRT_MIN;
    printf("%d\n", -c);   /* promoted to int, no overflow */
    printf("%d\n", (short)-c);
    unsigned short d = 0xABCD;
    printf("%x %x %x\n", d >> 4, d << 4, (unsigned short)(d << 4));
    printf("%d\n", (int)sizeof(short) + (int)sizeof(unsigned short));
    short e = 100;
    e *= 400;   /* 40000 -> wraps in conversion */
    printf("%d\n", e);
    return 0;
}
