// covers: plain char signedness on x86-64 (signed), char vs signed char vs unsigned char distinct types, high-bit chars in comparisons and arithmetic, conversion of string bytes, char as array index via unsigned char cast
#include <stdio.h>
#include <limits.h>

int main(void) {
    char c = (char)0xe9;
    printf("%d %d %d\n", c, (unsigned char)c, (signed char)c);
    printf("%d %d\n", CHAR_MIN, CHAR_MAX);
    printf("%d\n", c < 0);
    printf("%d\n", _Generic(c, char: 1, signed char: 2, unsigned char: 3));
    printf("%d\n", _Generic((signed char)c, char: 1, signed char: 2, unsigned char: 3));
    const char *s = "\x80\xff\x7f\x01 caf\xc3\xa9";
    int counts[256] = {0};
    for (const char *p = s; *p; p++) counts[(unsigned char)*p]++;
    for (int i = 0; i < 256; i++) if (counts[i]) printf("%02x:%d ", i, counts[i]);
    printf("\n");
    int sum_signed = 0, sum_unsigned = 0;
    for (const char *p = s; *p; p++) { sum_signed += *p; sum_unsigned += (unsigned char)*p; }
    printf("%d %d\n", sum_signed, sum_unsigned);
    char hi = (char)200;
    printf("%d\n", hi / 2);
    printf("%d\n", (unsigned char)hi / 2);
    char bytes[4] = {(char)0x80, (char)0x81, 0x7f, 0};
    unsigned int packed = 0;
    for (int i = 0; i < 4; i++) packed = packed << 8 | (unsigned char)bytes[i];
    printf("%08x\n", packed);
    int packed_bad = 0;
    for (int i = 0; i < 4; i++) packed_bad = (int)((unsigned)packed_bad << 8) | bytes[i];
    printf("%08x\n", (unsigned)packed_bad);
    return 0;
}
