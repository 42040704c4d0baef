/* Structs: copy, assignment, nesting, arrays inside structs, arrays of structs, passing and
 * returning by value between functions of the program (small, medium and large), pointers
 * to members, struct self-assignment through pointers. */
#include <stdio.h>
#include <string.h>
#include <stddef.h>

struct Point { int x, y; };
struct Rect { struct Point tl, br; char name[8]; };
struct Big { long a[10]; double d; struct Rect r; };
struct Mixed { char c; double d; short s; float f[3]; };
struct Tiny { char c; };
struct Three { char a[3]; };

static struct Point padd(struct Point a, struct Point b)
{
    struct Point r = { a.x + b.x, a.y + b.y };
    return r;
}

static struct Rect grow(struct Rect r, int by)
{
    r.tl.x -= by;
    r.tl.y -= by;
    r.br.x += by;
    r.br.y += by;
    r.name[0] = 'G';
    return r;
}

static struct Big bigmod(struct Big b)
{
    for (int i = 0; i < 10; i++)
        b.a[i] *= 2;
    b.d += 0.5;
    b.r = grow(b.r, 1);
    return b;
}

static long bigsum(struct Big b)
{
    long s = 0;
    for (int i = 0; i < 10; i++)
        s += b.a[i];
    return s + b.r.br.x;
}

static struct Mixed mixed(char c, double d)
{
    struct Mixed m = { c, d, (short)(c * 2), { (float)d, (float)(d * 2), (float)(d * 3) } };
    return m;
}

static struct Tiny tiny(struct Tiny t) { t.c++; return t; }
static struct Three three(struct Three t) { t.a[0]++; t.a[2]--; return t; }

static void print_rect(const char *tag, const struct Rect *r)
{
    printf("%s: (%d,%d)-(%d,%d) %s\n", tag, r->tl.x, r->tl.y, r->br.x, r->br.y, r->name);
}

int main(void)
{
    struct Point p = { 1, 2 }, q = { 10, 20 };
    struct Point r = padd(p, q);
    printf("padd %d %d\n", r.x, r.y);
    struct Rect rc = { { 0, 0 }, { 5, 5 }, "rect" };
    struct Rect rc2 = rc;
    rc2.name[1] = 'E';
    struct Rect g = grow(rc, 3);
    print_rect("rc", &rc);
    print_rect("rc2", &rc2);
    print_rect("g", &g);

    struct Big b;
    memset(&b, 0, sizeof b);
    for (int i = 0; i < 10; i++)
        b.a[i] = i * 100;
    b.d = 1.25;
    b.r = rc;
    struct Big b2 = bigmod(b);
    printf("big %ld %ld %.2f %.2f\n", bigsum(b), bigsum(b2), b.d, b2.d);
    print_rect("b2.r", &b2.r);

    struct Mixed m = mixed('a', 1.5);
    printf("mixed %c %.2f %d %.2f %.2f %.2f %zu\n", m.c, m.d, m.s, m.f[0], m.f[1], m.f[2], sizeof m);
    struct Tiny t = { 'x' };
    t = tiny(t);
    struct Three th = { { 'a', 'b', 'c' } };
    th = three(th);
    printf("tiny %c three %c%c%c\n", t.c, th.a[0], th.a[1], th.a[2]);

    /* arrays of structs, copy in loops, swap */
    struct Point pts[6];
    for (int i = 0; i < 6; i++) {
        struct Point tmp = { i, i * i };
        pts[i] = tmp;
    }
    for (int i = 0; i < 3; i++) {
        struct Point tmp = pts[i];
        pts[i] = pts[5 - i];
        pts[5 - i] = tmp;
    }
    for (int i = 0; i < 6; i++)
        printf("(%d,%d)%c", pts[i].x, pts[i].y, i == 5 ? '\n' : ' ');

    /* pointers to members and offsetof */
    struct Rect *pr = &g;
    int *py = &pr->br.y;
    *py = 99;
    printf("member ptr %d %zu %zu %zu\n", g.br.y, offsetof(struct Rect, br), offsetof(struct Rect, name), offsetof(struct Mixed, f));
    /* assignment of nested members and of a whole struct through pointers */
    struct Rect *dst = &rc2;
    *dst = *pr;
    dst->tl = padd(dst->tl, (struct Point){ 100, 200 });
    print_rect("dst", dst);
    /* conditional struct expressions and comma */
    struct Point c = (p.x > q.x) ? p : q;
    printf("cond %d %d\n", c.x, c.y);
    /* struct comparison by members, memcmp of fully initialized struct */
    struct Point e1 = { 3, 4 }, e2 = e1;
    printf("eq %d %d\n", e1.x == e2.x && e1.y == e2.y, memcmp(&e1, &e2, sizeof e1) == 0);
    return 0;
}
