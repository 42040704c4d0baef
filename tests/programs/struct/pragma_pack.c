// covers: #pragma pack(push, 1) / #pragma pack(pop), #pragma pack(2), #pragma pack() reset, nested push/pop, sizeof/offsetof of packed layouts, member access and copying of pragma-packed structs
#include <stdio.h>
#include <stddef.h>
#include <string.h>

struct before { char c; int i; double d; };

#pragma pack(push, 1)
struct p1 { char c; int i; double d; short s; };
#pragma pack(push, 2)
struct p2 { char c; int i; double d; };
#pragma pack(pop)
struct p1b { char c; long l; };
#pragma pack(pop)

struct after { char c; int i; double d; };

#pragma pack(4)
struct p4 { char c; double d; short s; };
#pragma pack()
struct reset { char c; double d; };

int main(void) {
    printf("%zu %zu %zu %zu %zu %zu %zu\n", sizeof(struct before), sizeof(struct p1), sizeof(struct p2),
           sizeof(struct p1b), sizeof(struct after), sizeof(struct p4), sizeof(struct reset));
    printf("%zu %zu %zu\n", offsetof(struct p1, i), offsetof(struct p1, d), offsetof(struct p1, s));
    printf("%zu %zu\n", offsetof(struct p2, i), offsetof(struct p2, d));
    printf("%zu %zu\n", offsetof(struct p4, d), offsetof(struct p4, s));
    printf("%zu %zu %zu\n", _Alignof(struct p1), _Alignof(struct p2), _Alignof(struct p4));
    struct p1 a = {'a', 0x01020304, 1.25, -2};
    struct p1 b;
    memcpy(&b, &a, sizeof b);
    b.i += 1;
    b.d *= 2;
    printf("%c %x %g %d\n", b.c, b.i, b.d, b.s);
    unsigned char raw[sizeof(struct p1)];
    memcpy(raw, &a, sizeof raw);
    for (size_t i = 0; i < 5; i++) printf("%02x", raw[i]);
    printf("\n");
    struct p1b arr[3] = {{'x', 1}, {'y', 2}, {'z', 3}};
    long s = 0;
    for (int i = 0; i < 3; i++) s += arr[i].l * arr[i].c;
    printf("%ld %zu\n", s, sizeof arr);
    return 0;
}
