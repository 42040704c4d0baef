// covers: GNU range designators [0 ... 3] = v in arrays (local and static), ranges in arrays of structs, overriding earlier initializers (later designator wins, including partial override of a sub-aggregate), ranges combined with single designators
#include <stdio.h>
#pragma GCC diagnostic ignored "-Woverride-init-side-effects"
#pragma GCC diagnostic ignored "-Woverride-init"

struct p { int a, b; };

static int sarr[16] = {[0 ... 3] = 1, [4 ... 7] = 2, [12 ... 15] = 4, [6] = 99};
static const char lut[256] = {['0' ... '9'] = 1, ['a' ... 'f'] = 2, ['A' ... 'F'] = 2};

int main(void) {
    for (int i = 0; i < 16; i++) printf("%d ", sarr[i]);
    printf("\n");
    int cnt[3] = {0};
    for (int i = 0; i < 256; i++) cnt[(int)lut[i]]++;
    printf("%d %d %d\n", cnt[0], cnt[1], cnt[2]);
    int local[10] = {[0 ... 9] = -1, [5] = 5};
    for (int i = 0; i < 10; i++) printf("%d ", local[i]);
    printf("\n");
    struct p ps[6] = {[0 ... 2] = {7, 8}, [3 ... 5].b = 9, [1].a = 100};
    for (int i = 0; i < 6; i++) printf("(%d,%d) ", ps[i].a, ps[i].b);
    printf("\n");
    int ov[5] = {1, 2, 3, 4, 5, [1] = 20, [3] = 40};
    for (int i = 0; i < 5; i++) printf("%d ", ov[i]);
    printf("\n");
    struct p q = {.a = 1, .b = 2, .a = 3};
    printf("%d %d\n", q.a, q.b);
    struct { struct p in; int z; } nested = {.in = {10, 20}, .in.b = 99, .z = 5};
    printf("%d %d %d\n", nested.in.a, nested.in.b, nested.z);
    int x = 3;
    int dyn[6] = {[0 ... 5] = x * 2, [2] = x};
    for (int i = 0; i < 6; i++) printf("%d ", dyn[i]);
    printf("\n");
    char grid[3][4] = {[0 ... 2] = {[0 ... 3] = '.'}, [1][2] = '#'};
    for (int i = 0; i < 3; i++) printf("%.4s\n", grid[i]);
    return 0;
}
