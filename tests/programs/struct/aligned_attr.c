// covers: __attribute__((aligned(N))) on struct types, members, typedefs, variables and arrays; __attribute__((aligned)) default; combining aligned with packed; __alignof__ results and sizeof padding to alignment
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

struct s16 { int a; } __attribute__((aligned(16)));
struct __attribute__((aligned(8))) s8 { char c; };
struct mem { char c; int x __attribute__((aligned(32))); };
typedef int int_a64 __attribute__((aligned(64)));
struct pa { char c; int i; } __attribute__((packed, aligned(4)));
struct deflt { char c; } __attribute__((aligned));
struct holder { char c; int_a64 v; };

static int gvar __attribute__((aligned(128))) = 3;
static char garr[7] __attribute__((aligned(256)));

int main(void) {
    printf("%zu %zu\n", sizeof(struct s16), __alignof__(struct s16));
    printf("%zu %zu\n", sizeof(struct s8), __alignof__(struct s8));
    printf("%zu %zu %zu\n", sizeof(struct mem), __alignof__(struct mem), offsetof(struct mem, x));
    printf("%zu %zu\n", sizeof(int_a64), __alignof__(int_a64));
    printf("%zu %zu %zu\n", sizeof(struct pa), __alignof__(struct pa), offsetof(struct pa, i));
    printf("%zu %zu\n", sizeof(struct deflt), __alignof__(struct deflt));
    printf("%zu %zu\n", sizeof(struct holder), offsetof(struct holder, v));
    printf("%d %d\n", (int)((uintptr_t)&gvar % 128), (int)((uintptr_t)garr % 256));
    int lv __attribute__((aligned(64))) = 9;
    struct s16 arr[3];
    printf("%d %d %td\n", (int)((uintptr_t)&lv % 64), (int)((uintptr_t)&arr[1] % 16), (char *)&arr[1] - (char *)&arr[0]);
    arr[2].a = lv + gvar;
    garr[0] = 'x';
    printf("%d %c\n", arr[2].a, garr[0]);
    struct pa p = {'p', 77};
    printf("%c %d\n", p.c, p.i);
    return 0;
}
