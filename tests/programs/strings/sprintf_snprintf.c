// covers: sprintf/snprintf with integer conversions (%d %i %u %x %X %o %c %s %%), flags (- + space # 0), width/precision incl. * and .*, length modifiers hh h l ll z t j, snprintf truncation return value and size 0, %n-free, building strings incrementally
#pragma GCC diagnostic ignored "-Wformat-truncation"
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <sys/types.h>

int main(void) {
    char buf[128];
    int n = sprintf(buf, "%d|%i|%u|%x|%X|%o|%c|%s|%%", -42, 17, 3000000000u, 255, 255, 8, 'Z', "str");
    printf("%s (%d)\n", buf, n);
    sprintf(buf, "[%5d][%-5d][%05d][%+d][% d][%+5d]", 42, 42, 42, 42, 42, -42);
    printf("%s\n", buf);
    sprintf(buf, "[%#x][%#o][%#X][%#.3x][%8.3d]", 255, 8, 255, 5, 7);
    printf("%s\n", buf);
    sprintf(buf, "[%*d][%-*d][%.*d][%*.*s]", 6, 1, 6, 2, 4, 3, 8, 3, "truncate");
    printf("%s\n", buf);
    sprintf(buf, "[%.2s][%10.4s][%-10s]", "abcdef", "abcdef", "left");
    printf("%s\n", buf);
    sprintf(buf, "%hhd %hhu %hd %hu %ld %lu %lld %llu", (signed char)-1, (unsigned char)255, (short)-32768,
            (unsigned short)65535, -1L, 1UL << 63, -1LL, ~0ULL);
    printf("%s\n", buf);
    sprintf(buf, "%zu %zd %td %jd %ju", (size_t)123, (ssize_t)-5, (ptrdiff_t)-77, (intmax_t)-99, (uintmax_t)99);
    printf("%s\n", buf);
    char small[8];
    int want = snprintf(small, sizeof small, "%s", "0123456789");
    printf("%s %d\n", small, want);
    printf("%d\n", snprintf(NULL, 0, "%d-%d", 12345, 678));
    want = snprintf(small, 1, "abc");
    printf("[%s] %d\n", small, want);
    char acc[64] = "";
    size_t len = 0;
    for (int i = 0; i < 6; i++) len += (size_t)snprintf(acc + len, sizeof acc - len, "%s%d", i ? "," : "", i * i * i);
    printf("%s %zu\n", acc, len);
    sprintf(buf, "%x %o %X", 0, 0, 0xdeadbeef);
    printf("%s\n", buf);
    sprintf(buf, "%c%c%c", 72, 'i', 0x21);
    printf("%s\n", buf);
    sprintf(buf, "%5.1f|%-8.3e|%g", 3.14159, 0.000123, 1e20);
    printf("%s\n", buf);
    return 0;
}
