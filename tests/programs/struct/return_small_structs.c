// covers: returning small structs by value of every register-class shape ({char}, {short,char}, {int,int}, {long,long}, {float,float}, {double}, {double,double}, {float,float,float}, {int,double}, {double,int}, {char[3]}, {long,char}), using returned struct members directly, chaining calls
#include <stdio.h>

struct c1 { char a; };
struct sc { short a; char b; };
struct i2 { int a, b; };
struct l2 { long a, b; };
struct f2 { float a, b; };
struct d1 { double a; };
struct d2 { double a, b; };
struct f3 { float x, y, z; };
struct id { int a; double b; };
struct di { double a; int b; };
struct ch3 { char s[3]; };
struct lc { long a; char b; };

static struct c1 r_c1(int v) { struct c1 r = {(char)v}; return r; }
static struct sc r_sc(int v) { return (struct sc){(short)(v * 100), (char)v}; }
static struct i2 r_i2(int a, int b) { struct i2 r; r.a = a + b; r.b = a - b; return r; }
static struct l2 r_l2(long v) { return (struct l2){v, -v}; }
static struct f2 r_f2(float v) { return (struct f2){v, v * v}; }
static struct d1 r_d1(double v) { return (struct d1){v + 0.5}; }
static struct d2 r_d2(double a, double b) { return (struct d2){a / b, a * b}; }
static struct f3 r_f3(float s) { struct f3 r = {s, 2 * s, 3 * s}; return r; }
static struct id r_id(int a) { return (struct id){a, a / 8.0}; }
static struct di r_di(int a) { return (struct di){a * 1.5, a * 3}; }
static struct ch3 r_ch3(char c) { struct ch3 r = {{c, (char)(c + 1), 0}}; return r; }
static struct lc r_lc(long v) { return (struct lc){v * v, (char)('a' + v)}; }

static struct i2 swap(struct i2 p) { return (struct i2){p.b, p.a}; }
static struct f3 add3(struct f3 a, struct f3 b) { return (struct f3){a.x + b.x, a.y + b.y, a.z + b.z}; }

int main(void) {
    printf("%c\n", r_c1('Q').a);
    struct sc sc = r_sc(7);
    printf("%d %d\n", sc.a, sc.b);
    printf("%d %d\n", r_i2(10, 3).a, r_i2(10, 3).b);
    struct l2 l2 = r_l2(1234567890123L);
    printf("%ld %ld\n", l2.a, l2.b);
    struct f2 f2 = r_f2(1.5f);
    printf("%g %g\n", f2.a, f2.b);
    printf("%g\n", r_d1(2).a);
    struct d2 d2 = r_d2(9, 4);
    printf("%g %g\n", d2.a, d2.b);
    struct f3 f3 = r_f3(0.5f);
    printf("%g %g %g\n", f3.x, f3.y, f3.z);
    struct id id = r_id(12);
    printf("%d %g\n", id.a, id.b);
    struct di di = r_di(5);
    printf("%g %d\n", di.a, di.b);
    printf("%s\n", r_ch3('x').s);
    struct lc lc = r_lc(3);
    printf("%ld %c\n", lc.a, lc.b);
    struct i2 s = swap(swap(swap(r_i2(1, 2))));
    printf("%d %d\n", s.a, s.b);
    struct f3 acc = {0, 0, 0};
    for (int i = 1; i <= 4; i++) acc = add3(acc, r_f3((float)i));
    printf("%g %g %g\n", acc.x, acc.y, acc.z);
    double total = 0;
    for (int i = 0; i < 10; i++) total += r_d2(i, 2).a + r_di(i).a + r_id(i).b;
    printf("%g\n", total);
    return 0;
}
