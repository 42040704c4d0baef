/* CirValue lvalues: variables, memory through pointers, field paths (with cir's array index and
 * __real__/__imag__ steps) and moving a path onto another variable. */
// out: 7 30 2.5 40 9
// out: 1 1 1 1 0 0
// out: 2 2 1 1 0
// out: 30 8
// out: 5 6 0
// out: 1
#include <stdio.h>
#include <cir.h>

struct In { int x; int y; };
struct S {
    struct In in;
    int arr[3];
    _Complex double z;
    struct { int anon; };
};

/* Reads the path of an lvalue step by step and rebuilds it with CirValue_withFields. */
static const CirValue *rebuilt(const CirValue *v)
{
    size_t n = CirValue_getNumFields(v);
    CirName names[8];
    for (size_t i = 0; i < n; i++)
        names[i] = CirValue_getField(v, i);
    CirVarId var = CirValue_getVar(v);
    const CirValue *base = CirValue_isMem(v) ? CirValue_ofMem(var) : CirValue_ofVar(var);
    return CirValue_withFields(base, names, n);
}

static CirCodeId rebuild(CirCodeId c)
{
    const CirValue *v = CirCode_getValue(c);
    const CirValue *r = rebuilt(v);
    if (r != v)
        cir_fatal("rebuilt value differs");
    return CirCode_ofExpr(r);
}

/* Kinds: a var, memory, a cast var (still an lvalue, as in the original), constants. */
static int kinds(CirCodeId var, CirCodeId mem, CirCodeId cast, CirCodeId num, CirCodeId str)
{
    int r = 0;
    r = r * 10 + CirValue_isVar(CirCode_getValue(var));
    r = r * 10 + CirValue_isMem(CirCode_getValue(mem));
    r = r * 10 + CirValue_isLval(CirCode_getValue(cast));
    r = r * 10 + CirValue_isLval(CirCode_getValue(mem));
    r = r * 10 + CirValue_isLval(CirCode_getValue(num));
    r = r * 10 + CirValue_isVar(CirCode_getValue(str));
    return r;
}

static int nfields(CirCodeId c) { return (int)CirValue_getNumFields(CirCode_getValue(c)); }

/* Field paths are appended one step at a time or all at once: the same value. */
static int stepwise(CirCodeId c)
{
    const CirValue *v = CirCode_getValue(c);
    CirName a = CirValue_getField(v, 0), b = CirValue_getField(v, 1);
    const CirValue *base = CirValue_ofVar(CirValue_getVar(v));
    const CirValue *one = CirValue_withFields(CirValue_withFields(base, &a, 1), &b, 1);
    return one == v && CirValue_withFields(v, NULL, 0) == v;
}

/* CirValue_ofVar / ofMem give the same handles as the lowering's values. */
static int same_handles(CirCodeId var, CirCodeId mem)
{
    const CirValue *v = CirCode_getValue(var), *m = CirCode_getValue(mem);
    return CirValue_ofVar(CirValue_getVar(v)) == v && CirValue_ofMem(CirValue_getVar(m)) == m;
}

/* The path of `from` on the variable of `to` (the cast is kept). */
static CirCodeId move(CirCodeId from, CirCodeId to)
{
    const CirValue *v = CirValue_withVar(CirCode_getValue(from), CirValue_getVar(CirCode_getValue(to)));
    return CirCode_ofExpr(v);
}

/* `*p` for a pointer variable p. */
static CirCodeId deref(CirCodeId p) { return CirCode_ofExpr(CirValue_ofMem(CirValue_getVar(CirCode_getValue(p)))); }

/* `p->in.y` from the path of another access. */
static CirCodeId arrow(CirCodeId p, CirCodeId path)
{
    const CirValue *v = CirCode_getValue(path);
    CirName names[2] = {CirValue_getField(v, 0), CirValue_getField(v, 1)};
    return CirCode_ofExpr(CirValue_withFields(CirValue_ofMem(CirValue_getVar(CirCode_getValue(p))), names, 2));
}

/* The types of lvalues follow their paths. */
static int types(CirCodeId field, CirCodeId elem, CirCodeId real, CirCodeId tint, CirCodeId tdouble)
{
    const CirType *ti = CirValue_getTypeValue(CirCode_getValue(tint));
    const CirType *td = CirValue_getTypeValue(CirCode_getValue(tdouble));
    return CirValue_getType(CirCode_getValue(field)) == ti && CirValue_getRawType(CirCode_getValue(elem)) == ti &&
           CirValue_getType(CirCode_getValue(real)) == td && CirValue_getCastType(CirCode_getValue(field)) == NULL;
}

int main(void)
{
    struct S s = {{7, 8}, {10, 20, 30}, 1.5 + 2.5i, {40}};
    struct S t = {{5, 6}, {0}, 0, {0}};
    struct S *ps = &s, *pt = &t;
    int x = 9, *p = &x;
    printf("%d %d %g %d %d\n", @rebuild(s.in.x), @rebuild(s.arr[2]), @rebuild(__imag__ s.z), @rebuild(s.anon),
           @rebuild(*p));
    printf("%d %d %d %d %d %d\n", @kinds(x, *p, (long)x, 3, "s") / 100000, @kinds(x, *p, (long)x, 3, "s") / 10000 % 10,
           @kinds(x, *p, (long)x, 3, "s") / 1000 % 10, @kinds(x, *p, (long)x, 3, "s") / 100 % 10,
           @kinds(x, *p, (long)x, 3, "s") / 10 % 10, @kinds(x, *p, (long)x, 3, "s") % 10);
    printf("%d %d %d %d %d\n", @nfields(s.in.y), @nfields(ps->in.y), @stepwise(s.in.y), @same_handles(x, *p),
           @nfields(x));
    printf("%d %d\n", @deref(ps).arr[2], @arrow(ps, t.in.y));
    printf("%d %d %d\n", @move(s.in.x, t), @move((short)s.in.y, t), @move(ps->arr[1], pt));
    printf("%d\n", @types(s.in.x, s.arr[1], __real__ s.z, __typeval(int), __typeval(double)));
    return 0;
}
