// covers: switch on long long, unsigned long long, unsigned int, unsigned char, short, _Bool and enum-typed controlling expressions, case values converted to promoted type of controlling expression, large 64-bit case values
#include <stdio.h>

static int on_ll(long long v) {
    switch (v) {
    case 0x7fffffffffffffffLL: return 1;
    case -0x7fffffffffffffffLL - 1: return 2;
    case 0x100000000LL: return 3;
    case -1: return 4;
    case 42: return 5;
    default: return 0;
    }
}

static int on_ull(unsigned long long v) {
    switch (v) {
    case 0xffffffffffffffffULL: return 1;
    case 0x8000000000000000ULL: return 2;
    case 1ULL << 40: return 3;
    case 0: return 4;
    default: return 0;
    }
}

static int on_uint(unsigned v) {
    switch (v) {
    case 0xffffffffu: return 1;
    case 0x80000000u: return 2;
    case 1: return 3;
    default: return 0;
    }
}

static int on_uchar(unsigned char c) {
    switch (c) {
    case 255: return 1;
    case 128: return 2;
    case 0: return 3;
    default: return 0;
    }
}

static int on_short(short s) {
    switch (s) {
    case -32768: return 1;
    case 32767: return 2;
    case -1: return 3;
    default: return 0;
    }
}

static int on_bool(_Bool b) {
    switch (b) {
    case 0: return 10;
    case 1: return 20;
    }
    return -1;
}

int main(void) {
    long long lls[] = {0x7fffffffffffffffLL, -0x7fffffffffffffffLL - 1, 0x100000000LL, -1, 42, 7, 0xffffffffLL};
    for (int i = 0; i < 7; i++) printf("%d ", on_ll(lls[i]));
    printf("\n");
    unsigned long long ulls[] = {~0ULL, 1ULL << 63, 1ULL << 40, 0, 5};
    for (int i = 0; i < 5; i++) printf("%d ", on_ull(ulls[i]));
    printf("\n");
    printf("%d %d %d %d\n", on_uint((unsigned)-1), on_uint(0x80000000u), on_uint(1), on_uint(2));
    printf("%d %d %d %d\n", on_uchar((unsigned char)-1), on_uchar(128), on_uchar(0), on_uchar(7));
    printf("%d %d %d %d\n", on_short(-32768), on_short(32767), on_short(-1), on_short(0));
    printf("%d %d %d\n", on_bool(0), on_bool(1), on_bool(5));
    return 0;
}
