// covers: volatile-qualified struct members and volatile struct objects, read-modify-write of volatile members in loops, volatile bit-fields, pointer to volatile struct, copying a volatile struct member-wise, nonzero exit code
#include <stdio.h>

struct regs { volatile unsigned status; volatile unsigned data; unsigned shadow; };
struct vbits { volatile unsigned en : 1; volatile unsigned cnt : 7; };

int main(void) {
    struct regs r = {0, 0, 0};
    for (unsigned i = 0; i < 10; i++) {
        r.data = i * 3;
        r.status |= 1u << (i % 4);
        r.shadow += r.data;
    }
    printf("%u %u %u\n", r.status, r.data, r.shadow);
    volatile struct regs vr = {1, 2, 3};
    vr.shadow += vr.status + vr.data;
    printf("%u\n", vr.shadow);
    volatile struct regs *p = &vr;
    p->data = 100;
    p->status ^= 0xff;
    printf("%u %u\n", p->data, p->status);
    struct vbits b = {0, 0};
    for (int i = 0; i < 200; i++) { b.cnt++; if (b.cnt == 0) b.en ^= 1; }
    printf("%u %u\n", b.en, b.cnt);
    struct regs copy = {vr.status, vr.data, vr.shadow};
    printf("%u %u %u\n", copy.status, copy.data, copy.shadow);
    volatile struct regs arr[3];
    for (int i = 0; i < 3; i++) { arr[i].status = (unsigned)i; arr[i].data = (unsigned)i * 10; arr[i].shadow = 0; }
    for (int i = 0; i < 3; i++) arr[i].shadow = arr[i].status + arr[(i + 1) % 3].data;
    printf("%u %u %u\n", arr[0].shadow, arr[1].shadow, arr[2].shadow);
    return (int)(b.cnt % 7) + 1;
}
