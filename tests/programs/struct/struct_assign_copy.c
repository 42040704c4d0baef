// covers: struct assignment and copy (by value semantics), copying structs with arrays inside, copying through pointers, chained struct assignment, struct self-assignment, memberwise vs whole copy, assignment from function return, copying unions
#include <stdio.h>
#include <string.h>

struct item { char name[16]; int qty; double price; int tags[4]; };
union val { int i; double d; char s[12]; };

static struct item make(const char *n, int q, double p) {
    struct item it;
    memset(&it, 0, sizeof it);
    strncpy(it.name, n, sizeof it.name - 1);
    it.qty = q; it.price = p;
    for (int i = 0; i < 4; i++) it.tags[i] = q * (i + 1);
    return it;
}
static void show(const struct item *i) { printf("%s %d %.2f [%d %d %d %d]\n", i->name, i->qty, i->price, i->tags[0], i->tags[1], i->tags[2], i->tags[3]); }

int main(void) {
    struct item a = make("widget", 3, 2.5);
    struct item b = a;
    b.qty = 10;
    b.tags[0] = -1;
    strcpy(b.name, "gadget");
    show(&a);
    show(&b);
    struct item c, d;
    c = d = b;
    d.price = 0;
    show(&c);
    show(&d);
    a = a;
    show(&a);
    struct item *pa = &a, *pb = &b;
    *pa = *pb;
    show(&a);
    struct item arr[3];
    for (int i = 0; i < 3; i++) arr[i] = make("x", i, i * 1.5);
    arr[0] = arr[2];
    show(&arr[0]);
    struct item tmp = arr[1]; arr[1] = arr[2]; arr[2] = tmp;
    show(&arr[1]); show(&arr[2]);
    union val u1 = {.d = 3.25}, u2;
    u2 = u1;
    printf("%g\n", u2.d);
    strcpy(u1.s, "union");
    u2 = u1;
    printf("%s\n", u2.s);
    struct { int a[3]; } w1 = {{1, 2, 3}}, w2;
    w2 = w1;
    w1.a[1] = 20;
    printf("%d %d\n", w1.a[1], w2.a[1]);
    printf("%d\n", strcmp(c.name, b.name) == 0 && c.qty == b.qty && c.price == b.price && memcmp(c.tags, b.tags, sizeof c.tags) == 0);
    return 0;
}
