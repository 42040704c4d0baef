// expect: 13: syntax error: unexpected `{`
#include <stdio.h>

static int clamp(int v, int lo, int hi) {
    if (v < lo) {
        return lo;
    if (v > hi) {
        return hi;
    }
    return v;
}

int main(void) {
    printf("%d\n", clamp(12, 0, 10));
    return 0;
}
