// covers: char, signed char, unsigned char arithmetic, promotion to int, conversion back with wraparound, char comparisons
#include <stdio.h>

int main(void) {
    char c = 'A';
    signed char sc = -100;
    unsigned char uc = 200;
    printf("%d %d %d\n", c, sc, uc);
    printf("%d\n", c + 1);
    printf("%d\n", sc - 100);          /* promoted: -200 */
    printf("%d\n", uc + uc);           /* promoted: 400 */
    printf("%d\n", uc * uc);           /* 40000 */
    unsigned char w = (unsigned char)(uc + uc);   /* wraps to 144 */
    printf("%d\n", w);
    signed char sw = (signed char)(sc - 100);     /* -200 -> 56 */
    printf("%d\n", sw);
    printf("%d %d\n", sc / 7, sc % 7);
    printf("%d %d\n", uc / 7, uc % 7);
    printf("%d\n", (int)sizeof(c + c));
    printf("%d\n", (int)sizeof(uc));
    printf("%d\n", -uc);
    printf("%d\n", ~uc);
    printf("%d\n", ~sc);
    printf("%d\n", sc < uc);
    unsigned char m = 255;
    m++;
    printf("%d\n", m);
    signed char n = 127;
    n = (signed char)(n + 1);
    printf("%d\n", n);
    char digits[] = "0123456789";
    int total = 0;
    for (int i = 0; digits[i]; i++) total = total * 3 + (digits[i] - '0');
    printf("%d\n", total);
    for (unsigned char u = 250; u != 4; u++) printf("%u ", u);
    printf("\n");
    for (signed char s = -3; s <= 3; s++) printf("%d:%d ", s, s * s * s);
    printf("\n");
    char lower = 'q';
    printf("%c %c\n", lower - 'a' + 'A', (char)(lower + 2));
    unsigned char bytes[4] = {0x12, 0x34, 0x56, 0x78};
    unsigned int word = (unsigned)bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3];
    printf("%08x\n", word);
    return 0;
}
