/* CirAttr and the attribute functions of CirType (qualifiers are seen as name attributes, as in
 * the original). Typedefs 1..3 are declared before <cir.h>. */
typedef int aint __attribute__((aligned(8), __may_alias__));
typedef const volatile int cvint;
typedef struct { char c; } __attribute__((packed)) pstruct;
// out: attrs 0
// out: typeattrs 0
// out: fromsource 0
// out: align 16
// err: note: attrs: 8|-3|"a\"b"|packed|aligned(8)|format(printf, 1, 2)|noinline()|outer(inner(1), x)
// err: note: cvint: const volatile
#include <stdio.h>
#include <string.h>
#include <cir.h>

static unsigned fails;
#define CHECK(c) do { if (!(c)) { cir_warn("check failed at line %d: %s", __LINE__, #c); fails++; } } while (0)

static const CirAttr *aligned(int n)
{
    const CirAttr *args[1] = {CirAttr_int(n)};
    return CirAttr_cons(CirName_of("aligned"), args, 1);
}

static const CirAttr *nameAttr(const char *s) { return CirAttr_name(CirName_of(s)); }

static int attrs(void)
{
    fails = 0;
    const CirAttr *i = CirAttr_int(8), *m = CirAttr_int(-3);
    char buf[8] = "a\"b";
    const CirAttr *s = CirAttr_str(buf);
    strcpy(buf, "zz"); /* the string was copied */
    const CirAttr *n = nameAttr("packed");
    const CirAttr *c = aligned(8);
    const CirAttr *fargs[3] = {nameAttr("printf"), CirAttr_int(1), CirAttr_int(2)};
    const CirAttr *f = CirAttr_cons(CirName_of("format"), fargs, 3);
    const CirAttr *z = CirAttr_cons(CirName_of("noinline"), NULL, 0);
    const CirAttr *inner[1] = {CirAttr_int(1)};
    const CirAttr *oargs[2] = {CirAttr_cons(CirName_of("inner"), inner, 1), nameAttr("x")};
    const CirAttr *o = CirAttr_cons(CirName_of("outer"), oargs, 2);
    /* Kinds. */
    CHECK(CirAttr_isInt(i) && !CirAttr_isStr(i) && !CirAttr_isName(i) && !CirAttr_isCons(i));
    CHECK(CirAttr_isInt(m));
    CHECK(CirAttr_isStr(s) && !CirAttr_isInt(s) && !CirAttr_isName(s) && !CirAttr_isCons(s));
    CHECK(CirAttr_isName(n) && !CirAttr_isInt(n) && !CirAttr_isStr(n) && !CirAttr_isCons(n));
    CHECK(CirAttr_isCons(c) && !CirAttr_isName(c) && !CirAttr_isInt(c) && !CirAttr_isStr(c));
    CHECK(CirAttr_isCons(z) && !CirAttr_isName(z));
    /* Interned: equal attributes are the same handle. */
    CHECK(CirAttr_int(8) == i && CirAttr_int(9) != i);
    CHECK(CirAttr_str("a\"b") == s && CirAttr_str("zz") != s);
    CHECK(nameAttr("packed") == n && aligned(8) == c && aligned(4) != c);
    CHECK(CirAttr_cons(CirName_of("packed"), NULL, 0) != n);
    /* Names and arguments. */
    CHECK(CirAttr_getName(n) == CirName_of("packed"));
    CHECK(CirAttr_getName(c) == CirName_of("aligned"));
    CHECK(CirAttr_getNumArgs(c) == 1 && CirAttr_getArgs(c)[0] == CirAttr_int(8));
    CHECK(CirAttr_getNumArgs(f) == 3);
    const CirAttr *const *fa = CirAttr_getArgs(f);
    CHECK(CirAttr_isName(fa[0]) && CirAttr_getName(fa[0]) == CirName_of("printf") && fa[1] == CirAttr_int(1) && fa[2] == CirAttr_int(2));
    CHECK(CirAttr_getNumArgs(z) == 0 && CirAttr_getName(z) == CirName_of("noinline"));
    CHECK(CirAttr_getNumArgs(o) == 2 && CirAttr_isCons(CirAttr_getArgs(o)[0]));
    CHECK(CirAttr_getArgs(CirAttr_getArgs(o)[0])[0] == CirAttr_int(1));
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("attrs: ");
    const CirAttr *all[] = {i, m, s, n, c, f, z, o};
    for (int k = 0; k < 8; k++) {
        if (k)
            CirLog_print("|");
        CirAttr_log(all[k]);
    }
    CirLog_end();
    return fails;
}

static int typeattrs(void)
{
    fails = 0;
    const CirType *i = CirType_int(CIR_IINT);
    const CirAttr *cnst = nameAttr("const"), *vol = nameAttr("volatile");
    CHECK(CirType_getNumAttrs(i) == 0 && CirType_getAttrs(i) != NULL);
    /* Qualifiers. */
    const CirType *ci = CirType_withAttrs(i, &cnst, 1);
    CHECK(ci != i && CirType_isInt(ci) == CIR_IINT && CirType_getNumAttrs(ci) == 1 && CirType_getAttrs(ci)[0] == cnst);
    CHECK(CirType_removeAttrs(CirType_unroll(CirType_typedef(2)), &vol, 1) == ci);
    CHECK(CirType_withAttrs(ci, &cnst, 1) == ci);
    CHECK(CirType_removeQual(ci) == i);
    CHECK(CirType_removeAttrs(ci, &cnst, 1) == i);
    CHECK(CirType_withAttrs(i, NULL, 0) == i && CirType_removeAttrs(ci, NULL, 0) == ci);
    /* __attribute__ items: one per name; withAttrs replaces in place and appends. */
    const CirAttr *a8 = aligned(8), *a16 = aligned(16), *pk = nameAttr("packed");
    const CirType *t = CirType_withAttrs(ci, &a8, 1);
    CHECK(CirType_getNumAttrs(t) == 2 && CirType_getAttrs(t)[0] == cnst && CirType_getAttrs(t)[1] == a8);
    const CirAttr *more[3] = {pk, a16, vol};
    const CirType *t2 = CirType_withAttrs(t, more, 3);
    CHECK(CirType_getNumAttrs(t2) == 4);
    const CirAttr *const *l = CirType_getAttrs(t2);
    CHECK(l[0] == cnst && l[1] == vol && l[2] == a16 && l[3] == pk);
    CHECK(CirType_alignof(t2, NULL) == 16 && CirType_sizeof(t2, NULL) == 4);
    /* removeAttrs goes by name: a name removes the cons of that name too. */
    const CirAttr *rm[2] = {nameAttr("aligned"), vol};
    const CirType *t3 = CirType_removeAttrs(t2, rm, 2);
    CHECK(CirType_getNumAttrs(t3) == 2 && CirType_getAttrs(t3)[0] == cnst && CirType_getAttrs(t3)[1] == pk);
    CHECK(CirType_removeAttrs(t3, &a8, 1) == t3);
    const CirAttr *both[2] = {pk, cnst};
    CHECK(CirType_removeAttrs(t3, both, 2) == i);
    /* replaceAttrs replaces everything. */
    const CirAttr *rep[2] = {vol, a8};
    const CirType *t4 = CirType_replaceAttrs(t2, rep, 2);
    CHECK(CirType_getNumAttrs(t4) == 2 && CirType_getAttrs(t4)[0] == vol && CirType_getAttrs(t4)[1] == a8);
    CHECK(CirType_replaceAttrs(t2, NULL, 0) == i);
    CHECK(CirType_replaceAttrs(i, &a8, 1) == CirType_withAttrs(i, &a8, 1));
    CHECK(CirType_equals(t4, i)); /* attributes do not count */
    /* Other kinds of types keep their kind. */
    const CirType *p = CirType_withAttrs(CirType_ptr(i), &cnst, 1);
    CHECK(CirType_isPtr(p) && CirType_getBaseType(p) == i && CirType_getNumAttrs(p) == 1);
    const CirAttr *rs = nameAttr("restrict");
    CHECK(CirType_getAttrs(CirType_withAttrs(p, &rs, 1))[1] == rs);
    CHECK(CirType_lvalConv(p) == CirType_ptr(i));
    const CirType *f = CirType_withAttrs(CirType_fun(i, NULL, 0, false), &a8, 1);
    CHECK(CirType_isFun(f) && CirType_getNumAttrs(f) == 1 && CirType_getNumParams(f) == 0);
    CHECK(CirType_replaceAttrs(f, NULL, 0) == CirType_fun(i, NULL, 0, false));
    const CirType *nt = CirType_withAttrs(CirType_typedef(1), &vol, 1);
    CHECK(CirType_isNamed(nt) && CirType_getNumAttrs(nt) == 1);
    CHECK(CirType_getNumAttrs(CirType_unroll(nt)) == 3); /* aligned, __may_alias__ of the typedef + volatile */
    /* Qualifiers of an array are those of its elements (C11 6.7.3p9). */
    const CirType *ca = CirType_withAttrs(CirType_arrayWithLen(i, 2), &cnst, 1);
    CHECK(CirType_isArray(ca) && CirType_getBaseType(ca) == ci && CirType_getNumAttrs(ca) == 0);
    CHECK(CirType_lvalConv(ca) == CirType_ptr(ci));
    return fails;
}

static int fromsource(void)
{
    fails = 0;
    const CirType *t = CirType_unroll(CirType_typedef(1));
    CHECK(CirType_isInt(t) == CIR_IINT && CirType_getNumAttrs(t) == 2);
    const CirAttr *const *l = CirType_getAttrs(t);
    CHECK(l[0] == aligned(8) && CirAttr_isName(l[1]) && CirAttr_getName(l[1]) == CirName_of("__may_alias__"));
    CHECK(CirType_alignof(CirType_typedef(1), NULL) == 8);
    const CirType *cv = CirType_unroll(CirType_typedef(2));
    CHECK(CirType_getNumAttrs(cv) == 2 && CirType_getAttrs(cv)[0] == nameAttr("const") && CirType_getAttrs(cv)[1] == nameAttr("volatile"));
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("cvint:");
    for (size_t k = 0; k < CirType_getNumAttrs(cv); k++) {
        CirLog_print(" ");
        CirAttr_log(CirType_getAttrs(cv)[k]);
    }
    CirLog_end();
    const CirType *ps = CirType_unroll(CirType_typedef(3));
    CHECK(CirType_isComp(ps) && CirType_sizeof(ps, NULL) == 1);
    return fails;
}

/* A type built with an attribute, used for a layout computed at compile time. */
static int align16(void)
{
    const CirAttr *a = aligned(16);
    return (int)CirType_alignof(CirType_withAttrs(CirType_float(CIR_FDOUBLE), &a, 1), NULL);
}

int main(void)
{
    printf("attrs %d\n", @attrs());
    printf("typeattrs %d\n", @typeattrs());
    printf("fromsource %d\n", @fromsource());
    printf("align %d\n", @align16());
    return 0;
}
