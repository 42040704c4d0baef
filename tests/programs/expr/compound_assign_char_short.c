// covers: compound assignment on char, signed char, unsigned char, short, unsigned short lvalues (implicit narrowing after promotion), compound ops through pointers and array elements
#include <stdio.h>
#pragma GCC diagnostic ignored "-Wconversion"

int main(void) {
    unsigned char uc = 250;
    uc += 10; printf("%d ", uc);
    uc -= 20; printf("%d ", uc);
    uc *= 3; printf("%d ", uc);
    uc /= 7; printf("%d ", uc);
    uc %= 5; printf("%d ", uc);
    uc <<= 7; printf("%d ", uc);
    uc >>= 2; printf("%d ", uc);
    uc |= 0x81; printf("%d ", uc);
    uc &= 0xf0; printf("%d ", uc);
    uc ^= 0xff; printf("%d\n", uc);
    signed char sc = 100;
    sc += 100; printf("%d ", sc);
    sc -= 100; printf("%d ", sc);
    sc *= 2; printf("%d ", sc);
    sc /= -3; printf("%d ", sc);
    sc <<= 2; printf("%d ", sc);
    sc >>= 1; printf("%d\n", sc);
    char c = 'a';
    c += 'A' - 'a'; printf("%c ", c);
    c ^= 0x20; printf("%c ", c);
    c -= 32; c += 25; printf("%c\n", c);
    short s = 32000;
    s += 1000; printf("%d ", s);
    s *= -2; printf("%d ", s);
    s -= 30000; printf("%d ", s);
    s /= 3; printf("%d ", s);
    s %= 100; printf("%d\n", s);
    unsigned short us = 65535;
    us += 2; printf("%d ", us);
    us -= 3; printf("%d ", us);
    us *= 300; printf("%d ", us);
    us >>= 4; printf("%d ", us);
    us <<= 9; printf("%d ", us);
    us ^= 0xaaaa; printf("%d\n", us);
    unsigned char buf[8] = {1, 2, 3, 4, 250, 251, 252, 253};
    unsigned char *p = buf;
    for (int i = 0; i < 8; i++) { *p += 10; p[0] *= 2; p++; }
    for (int i = 0; i < 8; i++) printf("%d ", buf[i]);
    printf("\n");
    short sa[4] = {1000, -1000, 20000, -20000};
    short *sp = sa + 3;
    while (sp >= sa) { *sp *= 3; *sp-- /= 2; }
    for (int i = 0; i < 4; i++) printf("%d ", sa[i]);
    printf("\n");
    unsigned char sum = 0;
    for (int i = 0; i < 1000; i++) sum += (unsigned char)i;
    printf("%d\n", sum);
    signed char d = -128;
    d /= -1;   /* promoted: 128 -> converts to -128 */
    printf("%d\n", d);
    return 0;
}
