// covers: bit-fields signed and unsigned, reading/writing, sign extension of signed bit-fields, overflow wrap on assignment (unsigned modulo, signed gcc modulo), bit-fields mixed with normal members, sizeof structs with bit-fields, bit-field initializers
#include <stdio.h>
#pragma GCC diagnostic ignored "-Woverflow"

struct flags {
    unsigned int ready : 1;
    unsigned int mode : 3;
    signed int delta : 4;
    unsigned int count : 8;
    int plain;
    unsigned int tail : 16;
};

struct packed_rgb { unsigned r : 5, g : 6, b : 5; };

int main(void) {
    struct flags f = {1, 5, -3, 200, 1234, 65535};
    printf("%u %u %d %u %d %u\n", f.ready, f.mode, f.delta, f.count, f.plain, f.tail);
    printf("%zu\n", sizeof f);
    f.mode = 9;          /* wraps to 1 */
    f.delta = 7;
    f.count = 300;       /* wraps to 44 */
    f.tail = 70000;      /* wraps */
    printf("%u %d %u %u\n", f.mode, f.delta, f.count, f.tail);
    f.delta = 8;         /* implementation-defined: gcc wraps to -8 */
    printf("%d\n", f.delta);
    f.delta = -9;
    printf("%d\n", f.delta);
    f.ready = 2;         /* -> 0 */
    printf("%u\n", f.ready);
    for (int i = -8; i < 8; i += 3) { f.delta = i; printf("%d ", f.delta); }
    printf("\n");
    struct packed_rgb c = {31, 63, 31};
    printf("%zu %u %u %u\n", sizeof c, c.r, c.g, c.b);
    unsigned short raw = (unsigned short)(c.r << 11 | c.g << 5 | c.b);
    printf("%04x\n", raw);
    struct packed_rgb colors[4];
    for (int i = 0; i < 4; i++) { colors[i].r = i * 9; colors[i].g = i * 20; colors[i].b = 31 - i * 7; }
    for (int i = 0; i < 4; i++) printf("(%u,%u,%u) ", colors[i].r, colors[i].g, colors[i].b);
    printf("\n");
    struct { signed a : 2; unsigned b : 2; } t;
    t.a = 1; t.b = 3;
    printf("%d %u %d %d\n", t.a, t.b, t.a + t.b, t.a - (int)t.b);
    t.a = -2;
    printf("%d %d\n", t.a, t.a * 3);
    return 0;
}
