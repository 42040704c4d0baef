// covers: accessing object representations through unsigned char* (allowed aliasing), little-endian byte order of ints/shorts/long long, building values from bytes, memcmp of objects, copying structs bytewise
#include <stdio.h>
#include <string.h>

struct pkt { unsigned short type; unsigned short len; unsigned int seq; };

static void show(const char *label, const void *p, size_t n) {
    const unsigned char *b = p;
    printf("%s:", label);
    for (size_t i = 0; i < n; i++) printf(" %02x", b[i]);
    printf("\n");
}

int main(void) {
    unsigned int u = 0xA1B2C3D4u;
    show("u32", &u, sizeof u);
    unsigned short s = 0x1234;
    show("u16", &s, sizeof s);
    long long ll = -2;
    show("i64", &ll, sizeof ll);
    float f = -1.0f;
    show("f32", &f, sizeof f);
    struct pkt p = {0x0102, 0x0304, 0x05060708u};
    show("pkt", &p, sizeof p);
    unsigned char raw[8] = {0x78, 0x56, 0x34, 0x12, 0xff, 0xff, 0xff, 0x7f};
    unsigned int r0 = 0;
    for (int i = 3; i >= 0; i--) r0 = (r0 << 8) | raw[i];
    int r1;
    memcpy(&r1, raw + 4, 4);
    printf("%08x %d\n", r0, r1);
    unsigned char *bp = (unsigned char *)&u;
    bp[0] = 0;
    bp[3] ^= 0xff;
    printf("%08x\n", u);
    struct pkt q;
    unsigned char *dst = (unsigned char *)&q;
    const unsigned char *src = (const unsigned char *)&p;
    for (size_t i = 0; i < sizeof p; i++) dst[i] = src[i];
    printf("%d %x %x %x\n", memcmp(&p, &q, sizeof p) == 0, q.type, q.len, q.seq);
    q.seq++;
    printf("%d\n", memcmp(&p, &q, sizeof p) < 0);
    char *cp = (char *)&ll;
    int sum = 0;
    for (int i = 0; i < 8; i++) sum += cp[i];
    printf("%d\n", sum);
    return 0;
}
