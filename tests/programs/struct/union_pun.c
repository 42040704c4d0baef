// covers: union type punning (float<->uint32, double<->uint64, bytes view of ints), GNU-sanctioned union punning, extracting float fields (sign/exponent/mantissa), fast inverse sqrt style bit hack, punning arrays of shorts to long
#include <stdio.h>
#include <stdint.h>

union fbits { float f; uint32_t u; unsigned char b[4]; };
union dbits { double d; uint64_t u; uint32_t w[2]; };
union wide { uint64_t q; uint16_t h[4]; uint8_t b[8]; };

static float q_rsqrt(float x) {
    union fbits v = {.f = x};
    v.u = 0x5f3759dfu - (v.u >> 1);
    float y = v.f;
    return y * (1.5f - 0.5f * x * y * y);
}

int main(void) {
    float fs[] = {1.0f, -2.5f, 0.15625f, 1e-40f, 65504.0f};
    for (int i = 0; i < 5; i++) {
        union fbits v = {.f = fs[i]};
        printf("%g %08x s=%u e=%u m=%06x b0=%02x\n", (double)v.f, (unsigned)v.u, (unsigned)(v.u >> 31),
               (unsigned)((v.u >> 23) & 255), (unsigned)(v.u & 0x7fffff), v.b[0]);
    }
    union dbits d = {.d = -0.1};
    printf("%016llx %08x %08x\n", (unsigned long long)d.u, (unsigned)d.w[0], (unsigned)d.w[1]);
    d.u ^= 1ULL << 63;
    printf("%g\n", d.d);
    d.u = 0x3ff8000000000000ULL;
    printf("%g\n", d.d);
    union fbits z = {.u = 0x80000000u};
    printf("%g\n", (double)z.f);
    for (int i = 1; i <= 4; i++) printf("%.3f ", (double)q_rsqrt((float)(i * i)));
    printf("\n");
    union wide w = {.q = 0x0123456789abcdefULL};
    printf("%04x %04x %04x %04x | %02x %02x\n", w.h[0], w.h[1], w.h[2], w.h[3], w.b[0], w.b[7]);
    w.h[1] = 0xffff;
    printf("%016llx\n", (unsigned long long)w.q);
    union { int i; float f; } same = {.f = 0.0f};
    printf("%d\n", same.i);
    return 0;
}
