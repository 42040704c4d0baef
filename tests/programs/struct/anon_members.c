// covers: anonymous struct and union members (C11), nested anonymous members, accessing anonymous members directly, initializing anonymous members positionally and with designators, sizeof/offsetof with anonymous members
#include <stdio.h>
#include <stddef.h>

struct vec3 {
    union {
        struct { float x, y, z; };
        float v[3];
    };
};

struct tagged {
    int kind;
    union {
        int i;
        double d;
        struct { short lo, hi; };
    };
    struct {
        char flag;
        union { unsigned char bytes[4]; unsigned int word; };
    };
};

struct reg {
    union {
        unsigned int all;
        struct { unsigned int low : 16, high : 16; };
    };
};

int main(void) {
    struct vec3 a = {{{1.0f, 2.0f, 3.0f}}};
    printf("%g %g %g\n", a.x, a.y, a.z);
    a.v[1] = 5.0f;
    printf("%g\n", a.y);
    float s = 0;
    for (int i = 0; i < 3; i++) s += a.v[i];
    printf("%g\n", s);
    struct tagged t = {.kind = 1, .d = 2.5, .flag = 'f', .word = 0x01020304u};
    printf("%d %g %c %d %d\n", t.kind, t.d, t.flag, t.bytes[0], t.bytes[3]);
    t.i = 0;
    t.lo = 7;
    t.hi = -1;
    printf("%d %d\n", t.lo, t.hi);
    struct reg r = {.all = 0xabcd1234u};
    printf("%x %x\n", r.low, r.high);
    r.high = 0xffff;
    printf("%x\n", r.all);
    printf("%zu %zu %zu\n", sizeof(struct vec3), sizeof(struct tagged), sizeof(struct reg));
    printf("%zu %zu %zu\n", offsetof(struct tagged, d), offsetof(struct tagged, flag), offsetof(struct tagged, word));
    struct vec3 b = a;
    b.z *= 2;
    printf("%g %g\n", a.z, b.z);
    struct tagged arr[2] = {{0, {5}, {'a', {{1, 2, 3, 4}}}}, {1, {.d = -1}, {'b', {.word = 9}}}};
    printf("%d %c %d %g %c %u\n", arr[0].i, arr[0].flag, arr[0].bytes[2], arr[1].d, arr[1].flag, arr[1].word);
    return 0;
}
