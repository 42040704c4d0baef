// covers: Duff's device (switch interleaved with do-while, case labels inside loop body), unrolled copy of various lengths including 0 and non-multiples of 8, Duff-style sum, comparison with naive loop
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#include <stdio.h>

static void duff_copy(int *to, const int *from, int count) {
    if (count <= 0) return;
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

static long duff_sum(const int *p, int count) {
    long s = 0;
    int n = (count + 3) / 4;
    if (count == 0) return 0;
    switch (count % 4) {
    case 0: do { s += *p++;
    case 3:      s += *p++;
    case 2:      s += *p++;
    case 1:      s += *p++;
            } while (--n);
    }
    return s;
}

int main(void) {
    int src[50], dst[50];
    for (int i = 0; i < 50; i++) src[i] = i * 3 + 1;
    for (int len = 0; len <= 17; len++) {
        for (int i = 0; i < 50; i++) dst[i] = -1;
        duff_copy(dst, src, len);
        int ok = 1;
        for (int i = 0; i < len; i++) if (dst[i] != src[i]) ok = 0;
        if (dst[len] != -1) ok = 0;
        long naive = 0;
        for (int i = 0; i < len; i++) naive += src[i];
        printf("len=%d ok=%d sum=%ld naive=%ld\n", len, ok, duff_sum(src, len), naive);
    }
    duff_copy(dst, src, 50);
    printf("%d %d\n", dst[0], dst[49]);
    return 0;
}
