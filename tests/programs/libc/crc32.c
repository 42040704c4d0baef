// covers: CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) table generation and byte-wise update, bitwise reference implementation, incremental updates equal to one-shot, Adler-32, check values for standard strings
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint32_t table[256];

static void make_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}
static uint32_t crc_update(uint32_t crc, const void *data, size_t n) {
    const unsigned char *p = data;
    crc = ~crc;
    while (n--) crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}
static uint32_t crc_bitwise(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}
static uint32_t adler32(const void *data, size_t n) {
    const unsigned char *p = data;
    uint32_t a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; }
    return b << 16 | a;
}

int main(void) {
    make_table();
    printf("%08x %08x %08x\n", table[1], table[128], table[255]);
    const char *tests[] = {"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "Wikipedia"};
    for (int i = 0; i < 6; i++) {
        size_t n = strlen(tests[i]);
        printf("%-45s crc=%08x bit=%08x adler=%08x\n", tests[i], crc_update(0, tests[i], n), crc_bitwise(tests[i], n), adler32(tests[i], n));
    }
    const char *msg = "incremental crc computation over several chunks";
    uint32_t inc = 0;
    size_t len = strlen(msg);
    for (size_t off = 0; off < len; off += 7) inc = crc_update(inc, msg + off, len - off < 7 ? len - off : 7);
    printf("%08x %08x\n", inc, crc_update(0, msg, len));
    unsigned char big[4096];
    for (int i = 0; i < 4096; i++) big[i] = (unsigned char)(i * i + 7);
    printf("%08x %08x\n", crc_update(0, big, sizeof big), adler32(big, sizeof big));
    return 0;
}
