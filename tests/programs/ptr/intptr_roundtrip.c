// covers: pointer <-> integer conversions via uintptr_t/intptr_t, alignment checks with modulo on uintptr_t, tagging low pointer bits and untagging, pointer difference via integers, size_t for sizes and indexes
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>

struct obj { long long v; };

static void *tag(void *p, unsigned t) { return (void *)((uintptr_t)p | t); }
static unsigned get_tag(void *p) { return (unsigned)((uintptr_t)p & 7u); }
static void *untag(void *p) { return (void *)((uintptr_t)p & ~(uintptr_t)7); }

int main(void) {
    struct obj objs[4] = {{10}, {20}, {30}, {40}};
    for (int i = 0; i < 4; i++) {
        void *t = tag(&objs[i], (unsigned)(i + 1) & 7);
        struct obj *o = untag(t);
        printf("%u %lld %d\n", get_tag(t), o->v, o == &objs[i]);
    }
    int arr[10];
    uintptr_t a0 = (uintptr_t)&arr[0], a7 = (uintptr_t)&arr[7];
    printf("%lu\n", (unsigned long)(a7 - a0));
    printf("%d\n", (int)(a0 % _Alignof(int)));
    double *dm = malloc(16 * sizeof(double));
    printf("%d\n", (int)((uintptr_t)dm % 16));
    free(dm);
    char buf[64];
    uintptr_t base = (uintptr_t)buf;
    uintptr_t aligned = (base + 15) & ~(uintptr_t)15;
    printf("%d %d\n", (int)(aligned % 16), (int)(aligned - base) < 16);
    intptr_t ip = (intptr_t)&arr[5] - (intptr_t)&arr[2];
    printf("%ld\n", (long)ip);
    int *back = (int *)(uintptr_t)&arr[3];
    *back = 77;
    printf("%d\n", arr[3]);
    size_t sz = sizeof arr;
    size_t cnt = sz / sizeof arr[0];
    printf("%zu %zu\n", sz, cnt);
    uintptr_t nul = (uintptr_t)(void *)0;
    printf("%lu\n", (unsigned long)nul);
    printf("%d %d\n", (int)sizeof(uintptr_t), (int)sizeof(intptr_t));
    printf("%d\n", UINTPTR_MAX == SIZE_MAX);
    return 0;
}
