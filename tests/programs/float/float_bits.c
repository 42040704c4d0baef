// covers: inspecting IEEE-754 bit patterns of float/double via memcpy and unions, constructing floats from bits, ulp stepping, exponent/mantissa extraction, float ordering of bit patterns
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static float ffrom(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static double dfrom(uint64_t u) { union { uint64_t u; double d; } x = {u}; return x.d; }

int main(void) {
    float fs[] = {0.0f, -0.0f, 1.0f, -2.0f, 0.1f, 3.4028235e38f, 1e-45f, 0.5f};
    for (int i = 0; i < 8; i++) {
        uint32_t b = fbits(fs[i]);
        printf("%-12g %08x sign=%u exp=%3u mant=%06x\n", (double)fs[i], (unsigned)b, (unsigned)(b >> 31), (unsigned)((b >> 23) & 0xff), (unsigned)(b & 0x7fffff));
    }
    double ds[] = {1.0, -1.5, 0.1, 1e300, 5e-324, 2.0 / 3};
    for (int i = 0; i < 6; i++) {
        uint64_t b = dbits(ds[i]);
        printf("%-14g %016llx exp=%4u\n", ds[i], (unsigned long long)b, (unsigned)((b >> 52) & 0x7ff));
    }
    printf("%g %g %g\n", (double)ffrom(0x3f800000u), (double)ffrom(0x40490fdbu), (double)ffrom(0xc0000000u));
    printf("%.17g\n", dfrom(0x400921fb54442d18ULL));
    printf("%g\n", dfrom(0x7ff0000000000000ULL));
    float f = 1.0f;
    for (int i = 0; i < 3; i++) { f = ffrom(fbits(f) + 1); printf("%.10g ", (double)f); }
    printf("\n");
    double prev = 0;
    int ordered = 1;
    for (uint64_t b = 0x3ff0000000000000ULL; b < 0x3ff0000000000000ULL + 1000; b += 7) {
        double d = dfrom(b);
        if (d <= prev) ordered = 0;
        prev = d;
    }
    printf("%d\n", ordered);
    return 0;
}
