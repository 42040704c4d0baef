/* Static initializers the JIT must lay out byte for byte: bit-fields (signed, unsigned,
 * straddling, wide, packed), unions (first member and designated), floats, doubles, __int128,
 * _Complex, nested designated initializers with GNU ranges, addresses of struct members inside
 * arrays, label addresses in static locals, and static locals initialized the same way. */
#include <stdio.h>
#include <string.h>
#include <complex.h>

struct BF {
    unsigned a : 3;
    signed b : 5;
    unsigned c : 12;
    signed d : 20;
    unsigned long long e : 40;
    unsigned char f : 1;
    _Bool g : 1;
};

struct __attribute__((packed)) PBF {
    unsigned char x;
    unsigned y : 13;
    signed z : 11;
    long long w;
};

union U {
    struct { unsigned short lo, hi; } parts;
    unsigned int whole;
    float f;
};

struct Rec {
    int id;
    double weight;
    char tag[6];
    struct BF bits;
};

static struct BF bf1 = { 5, -7, 4000, -300000, 0xFFFFFFFFFFULL, 1, 1 };
static struct BF bf2 = { .d = 524287, .b = -16, .e = 12345678901ULL };
static struct PBF pbf = { 0xAA, 8191, -1024, -5 };
static struct BF bfarr[3] = { [0] = { 1, 1, 1, 1, 1, 1, 0 }, [2] = { .a = 7, .b = 15, .g = 1 } };
static union U u1 = { { 0x1234, 0xABCD } };
static union U u2 = { .whole = 0xDEADBEEF };
static union U u3 = { .f = 1.5f };
static float floats[] = { 1.0f / 3, -0.0f, 3.4e38f, 1e-45f };
static double doubles[] = { 1.0 / 3, -2.5e-308, 1.7976931348623157e308, 0.1 };
static __int128 i128s[] = { -1, (__int128)1 << 100, ((__int128)0x0123456789ABCDEFLL << 64) | 0xFEDCBA9876543210ULL };
static unsigned __int128 u128 = ~(unsigned __int128)0 - 5;
static double complex cplx = 1.5 - 2.5 * I;
static float complex fcplx[2] = { 1.0f, 2.0f * I };
static int ranged[16] = { [0 ... 4] = 1, [5 ... 9] = 2, [12] = 3, [14 ... 15] = 4 };
static struct Rec recs[] = {
    { 1, 0.5, "one", { 1, -1, 1, -1, 1, 1, 1 } },
    [3] = { .id = 4, .tag = "four", .bits.c = 99, .bits.e = 1ULL << 39 },
    { 5, 5.5, { 'f', 'i', 'v', 'e' }, { .g = 1 } },
};
static int *ptr_into = &recs[4].id;
static double *pw = &recs[0].weight;
static char *ptag = &recs[3].tag[1];
static const char *strs[] = { [2] = "two", [0] = "zero" };
static long long neg_ll = -1234567890123456789LL;
static unsigned short ushorts[] = { 65535, 0, 32768 };
static signed char schars[] = { -128, 127, -1 };
static _Bool bools[] = { 0, 1, 2, 0 };

static void dump(const char *name, const void *p, size_t n)
{
    const unsigned char *b = p;
    printf("%s:", name);
    for (size_t i = 0; i < n; i++)
        printf(" %02x", b[i]);
    printf("\n");
}

static void hex128(const char *t, unsigned __int128 v)
{
    printf("%s %016llx%016llx\n", t, (unsigned long long)(v >> 64), (unsigned long long)v);
}

static int step(int k)
{
    static void *const labels[] = { &&l0, &&l1, &&l2 };
    static struct BF local_bf = { 2, -2, 2, -2, 2, 0, 1 };
    static union U local_u = { .whole = 0x01020304 };
    local_bf.a++;
    goto *labels[k % 3];
l0:
    return local_bf.a * 100 + local_bf.b;
l1:
    return local_u.parts.lo + local_bf.d;
l2:
    return (int)local_bf.c + local_bf.g;
}

int main(void)
{
    printf("bf1 %u %d %u %d %llx %u %d\n", bf1.a, bf1.b, bf1.c, bf1.d, (unsigned long long)bf1.e, bf1.f, bf1.g);
    printf("bf2 %u %d %u %d %llu %u %d\n", bf2.a, bf2.b, bf2.c, bf2.d, (unsigned long long)bf2.e, bf2.f, bf2.g);
    printf("pbf %u %u %d %lld %zu\n", pbf.x, pbf.y, pbf.z, pbf.w, sizeof pbf);
    for (int i = 0; i < 3; i++)
        printf("bfarr[%d] %u %d %u %d %llu %u %d\n", i, bfarr[i].a, bfarr[i].b, bfarr[i].c, bfarr[i].d,
               (unsigned long long)bfarr[i].e, bfarr[i].f, bfarr[i].g);
    /* the bits of the first bit-field unit that belong to a, b and c */
    unsigned first;
    memcpy(&first, &bf1, sizeof first);
    printf("bf1 first word %05x\n", first & 0xFFFFFu);
    printf("u %x %x %x %.2f\n", u1.whole, u2.parts.hi, u3.whole, u3.f);
    dump("floats", floats, sizeof floats);
    dump("doubles", doubles, sizeof doubles);
    printf("floats %a %a %a %a\n", floats[0], floats[1], floats[2], floats[3]);
    printf("doubles %a %a %a %a\n", doubles[0], doubles[1], doubles[2], doubles[3]);
    for (int i = 0; i < 3; i++)
        hex128("i128", (unsigned __int128)i128s[i]);
    hex128("u128", u128);
    printf("complex %.2f %.2f %.2f %.2f\n", creal(cplx), cimag(cplx), (double)crealf(fcplx[1]), (double)cimagf(fcplx[1]));
    for (int i = 0; i < 16; i++)
        printf("%d", ranged[i]);
    printf("\n");
    for (int i = 0; i < 5; i++)
        printf("rec %d %.2f '%s' %u %d %u %d %llx %u %d\n", recs[i].id, recs[i].weight, recs[i].tag, recs[i].bits.a,
               recs[i].bits.b, recs[i].bits.c, recs[i].bits.d, (unsigned long long)recs[i].bits.e, recs[i].bits.f,
               recs[i].bits.g);
    printf("ptrs %d %.2f %s\n", *ptr_into, *pw, ptag);
    printf("strs %s %d %s\n", strs[0], strs[1] == NULL, strs[2]);
    printf("misc %lld %u %u %u %d %d %d %d %d %d %d\n", neg_ll, ushorts[0], ushorts[1], ushorts[2], schars[0], schars[1],
           schars[2], bools[0], bools[1], bools[2], bools[3]);
    int a = step(0);
    int b = step(1);
    int c = step(2);
    int d = step(3);
    printf("step %d %d %d %d\n", a, b, c, d);
    return 0;
}
