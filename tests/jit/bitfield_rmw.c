/* Bit-field stores must change only their own bits: neighbours (other fields, adjacent
 * members, adjacent array elements, the next global) keep their values. char, short, _Bool
 * and long long bit-fields, packed and unaligned units, fields ending at a unit boundary. */
#include <stdio.h>
#include <string.h>

struct Small { unsigned char a : 3, b : 5; char after; };
struct Shorts { unsigned short x : 7, y : 9; unsigned short z : 16; };
struct Bools { _Bool p : 1, q : 1; unsigned r : 6; };
struct __attribute__((packed)) Odd { char c; unsigned long long v : 37; unsigned long long w : 27; char tail; };
struct Mixed { int i : 7; long long ll : 50; unsigned u : 31; signed char s : 3; };

struct Small gs[4];
unsigned char guard_after = 0x5A;

static void show_small(const char *t, struct Small *s, int n)
{
    printf("%s:", t);
    for (int i = 0; i < n; i++)
        printf(" (%u,%u,%d)", s[i].a, s[i].b, s[i].after);
    printf("\n");
}

int main(void)
{
    struct Small s[3];
    memset(s, 0x77, sizeof s);
    s[1].a = 0;
    show_small("s after a=0", s, 3);
    s[1].b = 31;
    s[0].b = 0;
    s[2].a = 5;
    show_small("s mixed", s, 3);
    for (int i = 0; i < 4; i++) {
        gs[i].a = (unsigned char)(i + 3);
        gs[i].b = (unsigned char)(i * 9);
        gs[i].after = (char)-i;
    }
    gs[3].b = 31;
    show_small("gs", gs, 4);
    printf("guard %x\n", guard_after);

    struct Shorts sh;
    memset(&sh, 0xFF, sizeof sh);
    sh.x = 0;
    printf("shorts %u %u %u\n", sh.x, sh.y, sh.z);
    sh.y = 256;
    sh.z = 1;
    printf("shorts %u %u %u\n", sh.x, sh.y, sh.z);
    sh.x += 200; /* wraps modulo 128 */
    printf("shorts %u %u %u\n", sh.x, sh.y, sh.z);

    struct Bools b;
    memset(&b, 0, sizeof b);
    b.p = 1;
    b.r = 63;
    printf("bools %d %d %u\n", b.p, b.q, b.r);
    b.q = b.p;
    b.p = 0;
    b.r--;
    printf("bools %d %d %u\n", b.p, b.q, b.r);

    struct Odd o[2];
    memset(o, 0xEE, sizeof o);
    o[0].c = 'a';
    o[0].v = 0x1234567890ULL;
    o[0].w = 0x7FFFFFF;
    o[0].tail = 't';
    o[1].v = 0;
    printf("odd %zu %c %llx %llx %c | %llx %llx %d\n", sizeof o[0], o[0].c, (unsigned long long)o[0].v,
           (unsigned long long)o[0].w, o[0].tail, (unsigned long long)o[1].v, (unsigned long long)o[1].w, o[1].c);
    o[0].v ^= 0x1F;
    o[0].w >>= 3;
    printf("odd %llx %llx %c\n", (unsigned long long)o[0].v, (unsigned long long)o[0].w, o[0].tail);

    struct Mixed m;
    memset(&m, 0, sizeof m);
    m.i = -64;
    m.ll = -(1LL << 49);
    m.u = 0x7FFFFFFF;
    m.s = -4;
    printf("mixed %d %lld %u %d %zu\n", m.i, (long long)m.ll, m.u, m.s, sizeof m);
    m.ll = (1LL << 49) - 1;
    m.i = 63;
    printf("mixed %d %lld %u %d\n", m.i, (long long)m.ll, m.u, m.s);
    for (int k = 0; k < 5; k++) {
        m.s = (signed char)(m.s + 3);
        m.i = (int)(m.i - 20);
    }
    printf("mixed loop %d %d\n", m.s, m.i);
    unsigned char bytes[sizeof m];
    memcpy(bytes, &m, sizeof m);
    printf("mixed first bytes %02x %02x %02x\n", bytes[0], bytes[8], bytes[15]);
    return 0;
}
