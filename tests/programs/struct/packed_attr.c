// covers: __attribute__((packed)) in both positions (struct __attribute__((packed)) S and struct S {...} __attribute__((packed))), packed member attribute, sizeof/offsetof of packed structs, access to unaligned members, arrays of packed structs, packed struct copy
#include <stdio.h>
#include <stddef.h>
#include <string.h>

struct __attribute__((packed)) hdr1 { char tag; int len; short kind; double val; };
struct hdr2 { char tag; int len; short kind; double val; } __attribute__((packed));
struct normal { char tag; int len; short kind; double val; };
struct partial { char a; int b __attribute__((packed)); char c; long d; };
typedef struct __attribute__((__packed__)) { unsigned char type; unsigned int id; unsigned short port; } record_t;
struct __attribute__((packed)) nested { char x; struct normal n; char y; };

int main(void) {
    printf("%zu %zu %zu %zu %zu %zu\n", sizeof(struct hdr1), sizeof(struct hdr2), sizeof(struct normal),
           sizeof(struct partial), sizeof(record_t), sizeof(struct nested));
    printf("%zu %zu %zu\n", offsetof(struct hdr1, len), offsetof(struct hdr1, kind), offsetof(struct hdr1, val));
    printf("%zu %zu %zu\n", offsetof(struct hdr2, len), offsetof(struct hdr2, kind), offsetof(struct hdr2, val));
    printf("%zu %zu %zu\n", offsetof(struct partial, b), offsetof(struct partial, c), offsetof(struct partial, d));
    printf("%zu %zu\n", _Alignof(struct hdr1), _Alignof(struct partial));
    struct hdr1 h = {'H', 123456, -7, 2.5};
    h.len += 1;
    h.val *= 3;
    printf("%c %d %d %g\n", h.tag, h.len, h.kind, h.val);
    struct hdr2 h2;
    memcpy(&h2, &h, sizeof h2);
    printf("%c %d %d %g\n", h2.tag, h2.len, h2.kind, h2.val);
    record_t recs[4];
    for (int i = 0; i < 4; i++) { recs[i].type = (unsigned char)i; recs[i].id = 1000u * (unsigned)i + 7; recs[i].port = (unsigned short)(8000 + i); }
    unsigned long sum = 0;
    for (int i = 0; i < 4; i++) sum += recs[i].type + recs[i].id + recs[i].port;
    printf("%lu %zu\n", sum, sizeof recs);
    const unsigned char *raw = (const unsigned char *)&recs[1];
    for (size_t i = 0; i < sizeof(record_t); i++) printf("%02x", raw[i]);
    printf("\n");
    struct nested n = {'a', {'b', 2, 3, 4.0}, 'c'};
    struct nested m = n;
    m.n.len = 99;
    printf("%c %c %d %d %c\n", m.x, m.n.tag, m.n.len, n.n.len, m.y);
    int len_copy = h.len;
    printf("%d\n", len_copy);
    return 0;
}
