/* Quasi-quotation (cir's addition): CirQ_code and CirQ_decls with every kind of hole. */
// out: 42
// out: hello world
// out: 42
// out: k=12
// out: bump=101 x=101
// out: hyg=10 x=101
// out: sum=7 big=3000000000
// out: 2.5
#include <stdio.h>
#include <cir.h>

/* %c: the argument's code runs once; `t` is the quote's own variable. */
static CirCodeId twice(CirCodeId e)
{
    return CirQ_code("int t = %c; t + t", e);
}

/* %s and %d. */
static CirCodeId greet(const char *who)
{
    return CirQ_code("printf(%s, %s); %d", "hello %s\n", who, (long)42);
}

/* A statement taking a code hole as its body. */
static CirCodeId loop(CirCodeId body, int n)
{
    return CirQ_code("for (int i = 0; i < %d; i++) %c;", (long)n, body);
}

/* %n: deliberately refers to the caller's `x`. */
static CirCodeId bump(void)
{
    return CirQ_code("%n += 100; %n", CirName_of("x"), CirName_of("x"));
}

/* Hygiene: this `x` is the quote's own, not the caller's. */
static CirCodeId hyg(void)
{
    return CirQ_code("int x = 5; x * 2");
}

/* %t and %v. */
static CirCodeId half(CirCodeId e)
{
    const CirType *d = CirType_float(CIR_FDOUBLE);
    return CirQ_code("(%t)%c / %v", d, e, CirValue_ofI64(CIR_IINT, 2));
}

/* File-scope declarations: a typedef later source uses, a function, a global. */
static void decls(void)
{
    CirQ_decls("typedef struct { int a, b; } Pair;\n"
               "static int sum(Pair p) { return p.a + p.b; }\n"
               "long %n = %d;", CirName_of("big"), (long)3000000000L);
}

@decls();

int main(void)
{
    int x = 1;
    printf("%d\n", @twice(x + 20));
    printf("%d\n", @greet("world"));
    int k = 0;
    @loop(k += 3, 4);
    printf("k=%d\n", k);
    int b = @bump();
    printf("bump=%d x=%d\n", b, x);
    printf("hyg=%d x=%d\n", @hyg(), x);
    Pair p = {3, 4};
    Pair *pp = &p;
    printf("sum=%d big=%ld\n", sum(*pp), big);
    printf("%g\n", @half(k - 7));
    return 0;
}
