// covers: passing small structs by value: {char}, {short}, {int}, {int,int}, {char x3}, {long}, {int,char}, {float}, {float,float}, {double}, {double,double}, {float,float,float}, {long,double}, {double,long}, {int,float}, {char[5]}, {char[12]}; callee modification does not affect caller
#include <stdio.h>

struct c1 { char a; };
struct s1 { short a; };
struct i1 { int a; };
struct i2 { int a, b; };
struct c3 { char a, b, c; };
struct l1 { long a; };
struct ic { int a; char b; };
struct f1 { float a; };
struct f2 { float a, b; };
struct d1 { double a; };
struct d2 { double a, b; };
struct f3 { float a, b, c; };
struct ld { long a; double b; };
struct dl { double a; long b; };
struct if_ { int a; float b; };
struct ca5 { char s[5]; };
struct ca12 { char s[12]; };

static int f_c1(struct c1 x) { x.a++; return x.a; }
static int f_s1(struct s1 x) { return x.a * 2; }
static int f_i1(struct i1 x) { return x.a + 1; }
static int f_i2(struct i2 x) { x.a = 0; return x.b - x.a; }
static int f_c3(struct c3 x) { return x.a * 10000 + x.b * 100 + x.c; }
static long f_l1(struct l1 x) { return x.a * 3; }
static int f_ic(struct ic x) { return x.a + x.b; }
static float f_f1(struct f1 x) { return x.a * 2; }
static float f_f2(struct f2 x) { return x.a - x.b; }
static double f_d1(struct d1 x) { return x.a / 4; }
static double f_d2(struct d2 x) { return x.a * x.b; }
static float f_f3(struct f3 x) { return x.a + x.b + x.c; }
static double f_ld(struct ld x) { return (double)x.a + x.b; }
static double f_dl(struct dl x) { return x.a - (double)x.b; }
static double f_if(struct if_ x) { return x.a * (double)x.b; }
static int f_ca5(struct ca5 x) { int s = 0; for (int i = 0; i < 5; i++) s = s * 3 + x.s[i]; return s; }
static int f_ca12(struct ca12 x) { int s = 0; for (int i = 0; i < 12; i++) s += x.s[i] * (i + 1); return s; }

/* many struct args: registers run out, rest go on the stack */
static double many(struct d2 a, struct i2 b, struct f3 c, struct ld d, struct dl e, struct d2 f, struct i2 g, struct f2 h, int tail) {
    return a.a + a.b + b.a + b.b + c.a + c.b + c.c + d.a + d.b + e.a + e.b + f.a + f.b + g.a + g.b + h.a + h.b + tail;
}

int main(void) {
    struct c1 c1 = {'A'};
    printf("%d %d\n", f_c1(c1), c1.a);
    printf("%d\n", f_s1((struct s1){-300}));
    printf("%d\n", f_i1((struct i1){41}));
    struct i2 i2 = {5, 9};
    printf("%d %d\n", f_i2(i2), i2.a);
    printf("%d\n", f_c3((struct c3){1, 2, 3}));
    printf("%ld\n", f_l1((struct l1){1L << 40}));
    printf("%d\n", f_ic((struct ic){100, -5}));
    printf("%g %g\n", f_f1((struct f1){1.25f}), f_f2((struct f2){5.5f, 0.25f}));
    printf("%g %g\n", f_d1((struct d1){10}), f_d2((struct d2){1.5, -4}));
    printf("%g\n", f_f3((struct f3){1, 2.5f, -0.5f}));
    printf("%g %g\n", f_ld((struct ld){7, 0.5}), f_dl((struct dl){7.5, 3}));
    printf("%g\n", f_if((struct if_){3, 1.5f}));
    printf("%d\n", f_ca5((struct ca5){"abcd"}));
    printf("%d\n", f_ca12((struct ca12){"hello world"}));
    printf("%g\n", many((struct d2){1, 2}, (struct i2){3, 4}, (struct f3){5, 6, 7}, (struct ld){8, 9},
                        (struct dl){10, 11}, (struct d2){12, 13}, (struct i2){14, 15}, (struct f2){16, 17}, 18));
    return 0;
}
