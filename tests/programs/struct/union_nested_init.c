// covers: unions nested in structs and structs in unions, initialization of nested unions (first member default, designated member), arrays of unions, union containing arrays, tagged-union interpreter pattern, sizeof nested unions
#include <stdio.h>

enum kind { K_INT, K_DBL, K_STR, K_PAIR };
struct value;
struct pair { int a, b; };
struct value {
    enum kind k;
    union { long i; double d; const char *s; struct pair p; } as;
};

static void print_value(struct value v) {
    switch (v.k) {
    case K_INT: printf("int %ld\n", v.as.i); break;
    case K_DBL: printf("dbl %g\n", v.as.d); break;
    case K_STR: printf("str %s\n", v.as.s); break;
    case K_PAIR: printf("pair %d %d\n", v.as.p.a, v.as.p.b); break;
    }
}

union outer { struct { short x, y; } s; int whole; unsigned char bytes[4]; };

int main(void) {
    struct value vals[] = {
        {K_INT, {42}}, {K_DBL, {.d = 2.75}}, {K_STR, {.s = "hello"}}, {K_PAIR, {.p = {3, 4}}}, {K_PAIR, {.p.b = 9}},
    };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) print_value(vals[i]);
    union outer o = {{1, 2}};
    printf("%d %d %08x\n", o.s.x, o.s.y, (unsigned)o.whole);
    union outer o2 = {.bytes = {0xff, 0, 0, 0x80}};
    printf("%d %d\n", o2.s.x, o2.s.y);
    union outer arr[3] = {{.whole = 1}, {.s = {.y = 1}}, {.bytes[2] = 1}};
    for (int i = 0; i < 3; i++) printf("%08x ", (unsigned)arr[i].whole);
    printf("\n");
    printf("%zu %zu\n", sizeof(struct value), sizeof(union outer));
    struct value sum = {K_INT, {0}};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
        if (vals[i].k == K_PAIR) sum.as.i += vals[i].as.p.a + vals[i].as.p.b;
    print_value(sum);
    return 0;
}
