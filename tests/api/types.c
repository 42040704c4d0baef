/* CirType and CirBuiltin: predicates, accessors, constructors, transformations, layout, equality,
 * logging. The declarations before <cir.h> get the first ids: typedefs 1..6, structs/unions
 * 1..4, enum 1. */
typedef int myint;
typedef const myint cmyint;
typedef int arr3[3];
typedef int (*fnptr)(char c, ...);
typedef int aint __attribute__((aligned(8)));
typedef myint *myintp;
struct S { int a; char b; };
union U { double d; char c[3]; };
struct Inc;
struct __attribute__((aligned(16))) A16 { char c; };
enum E { EA, EB = 5 };
// out: predicates 0
// out: accessors 0
// out: transforms 0
// out: layout 0
// out: equals 0
// out: builtins 0
// out: sizes 12 8 16 24
// err: note: types: tid1_myint x|struct cid1_S s|int (*fp)(int, char *, ...)|int *[4]|const int c|enum eid1_E|union cid2_U|long double (*g(void))[2]|tid4_fnptr|__builtin_va_list|<CirType NULL>|
#include <stdio.h>
#include <string.h>
#include <cir.h>

static unsigned fails;
#define CHECK(c) do { if (!(c)) { cir_warn("check failed at line %d: %s", __LINE__, #c); fails++; } } while (0)

static const CirType *fun2(bool va)
{
    CirFunParam ps[2] = {{CirName_of("a"), CirType_int(CIR_IINT)}, {0, CirType_ptr(CirType_int(CIR_ICHAR))}};
    return CirType_fun(CirType_int(CIR_IINT), ps, 2, va);
}

static int predicates(void)
{
    fails = 0;
    const CirType *i = CirType_int(CIR_IINT), *v = CirType_void(), *d = CirType_float(CIR_FDOUBLE);
    const CirType *p = CirType_ptr(i), *a = CirType_arrayWithLen(i, 3), *f = fun2(true);
    const CirType *td = CirType_typedef(1), *s = CirType_comp(1), *e = CirType_enum(1), *va = CirType_valist();
    const CirType *all[] = {i, v, d, p, a, f, td, s, e, va};
    /* Exactly one predicate holds for each type. */
    for (int k = 0; k < 10; k++) {
        const CirType *t = all[k];
        int n = CirType_isVoid(t) + (CirType_isInt(t) != 0) + (CirType_isFloat(t) != 0) + CirType_isPtr(t) +
                CirType_isArray(t) + CirType_isFun(t) + CirType_isNamed(t) + CirType_isComp(t) + CirType_isEnum(t) +
                CirType_isVaList(t);
        CHECK(n == 1);
    }
    CHECK(CirType_isVoid(v));
    CHECK(CirType_isInt(i) == CIR_IINT);
    CHECK(CirType_isInt(CirType_int(CIR_IULONGLONG)) == CIR_IULONGLONG);
    CHECK(CirType_isInt(CirType_int(CIR_IBOOL)) == CIR_IBOOL);
    CHECK(CirType_isInt(CirType_int(17)) == 17); /* __int128 */
    CHECK(CirType_isInt(d) == 0);
    CHECK(CirType_isFloat(d) == CIR_FDOUBLE);
    CHECK(CirType_isFloat(CirType_float(CIR_F128)) == CIR_F128);
    CHECK(CirType_isFloat(CirType_float(CIR_FLONGDOUBLE)) == CIR_FLONGDOUBLE);
    CHECK(CirType_isFloat(i) == 0);
    CHECK(CirType_isArithmetic(i) && CirType_isArithmetic(d));
    CHECK(!CirType_isArithmetic(p) && !CirType_isArithmetic(v) && !CirType_isArithmetic(s));
    /* As in the original, an enum is not an integer type and a typedef name is only named. */
    CHECK(CirType_isEnum(e) && CirType_isInt(e) == 0 && !CirType_isArithmetic(e));
    CHECK(CirType_isNamed(td) && CirType_isInt(td) == 0 && !CirType_isArithmetic(td));
    CHECK(CirType_isPtr(p) && CirType_isArray(a) && CirType_isFun(f) && CirType_isComp(s) && CirType_isComp(CirType_comp(2)));
    CHECK(CirType_isVaList(va));
    CHECK(!CirType_isPtr(CirType_typedef(6)) && CirType_isPtr(CirType_unroll(CirType_typedef(6))));
    return fails;
}

static int accessors(void)
{
    fails = 0;
    const CirType *i = CirType_int(CIR_IINT);
    CHECK(CirType_getBaseType(CirType_ptr(i)) == i);
    CHECK(CirType_getBaseType(CirType_array(i)) == i);
    CHECK(CirType_getBaseType(CirType_arrayWithLen(CirType_ptr(i), 9)) == CirType_ptr(i));
    CHECK(CirType_getBaseType(fun2(false)) == i);
    CHECK(CirType_getTypedefId(CirType_typedef(3)) == 3);
    CHECK(CirType_getCompId(CirType_comp(2)) == 2);
    CHECK(CirType_getEnumId(CirType_enum(1)) == 1);
    /* Function types. */
    const CirType *f = fun2(true);
    CHECK(CirType_getNumParams(f) == 2);
    const CirFunParam *ps = CirType_getParams(f);
    CHECK(ps[0].name == CirName_of("a") && ps[0].type == i);
    CHECK(ps[1].name == 0 && ps[1].type == CirType_ptr(CirType_int(CIR_ICHAR)));
    CHECK(CirType_isParamsVa(f) && !CirType_isParamsVa(fun2(false)));
    const CirType *g = CirType_fun(CirType_void(), NULL, 0, false);
    CHECK(CirType_getNumParams(g) == 0 && !CirType_isParamsVa(g) && CirType_getParams(g) != NULL);
    CHECK(CirType_isVoid(CirType_getBaseType(g)));
    /* A typedef'd pointer to function: params of the function type behind it. */
    const CirType *fp = CirType_getBaseType(CirType_unroll(CirType_typedef(4)));
    CHECK(CirType_getNumParams(fp) == 1 && CirType_isParamsVa(fp));
    CHECK(CirType_isInt(CirType_getParams(fp)[0].type) == CIR_ICHAR);
    /* Array types. */
    CHECK(!CirType_hasArrayLen(CirType_array(i)));
    CHECK(CirType_hasArrayLen(CirType_arrayWithLen(i, 0)) && CirType_getArrayLen(CirType_arrayWithLen(i, 0)) == 0);
    CHECK(CirType_getArrayLen(CirType_arrayWithLen(i, 4000000000u)) == 4000000000u);
    const CirType *a3 = CirType_unroll(CirType_typedef(3));
    CHECK(CirType_hasArrayLen(a3) && CirType_getArrayLen(a3) == 3 && CirType_getBaseType(a3) == i);
    /* Interning: equal types are the same handle. */
    CHECK(CirType_ptr(i) == CirType_ptr(CirType_int(CIR_IINT)));
    CHECK(fun2(true) == fun2(true) && fun2(true) != fun2(false));
    CHECK(CirType_arrayWithLen(i, 3) == a3 && CirType_array(i) != a3);
    CHECK(CirType_valist() == CirType_valist() && CirType_void() == CirType_void());
    CHECK(CirType_typedef(1) != i);
    return fails;
}

static int transforms(void)
{
    fails = 0;
    const CirType *i = CirType_int(CIR_IINT);
    /* unroll strips typedefs at the top only, keeping the qualifiers they carry. */
    CHECK(CirType_unroll(CirType_typedef(1)) == i);
    CHECK(CirType_unroll(i) == i);
    const CirType *ci = CirType_unroll(CirType_typedef(2)); /* const myint -> const int */
    CHECK(CirType_isInt(ci) == CIR_IINT && ci != i && CirType_getNumAttrs(ci) == 1);
    CHECK(CirType_removeQual(ci) == i);
    CHECK(CirType_removeQual(i) == i);
    CHECK(CirType_removeQual(CirType_typedef(2)) == CirType_typedef(2)); /* the qualifier is inside */
    const CirType *pm = CirType_unroll(CirType_typedef(6)); /* myint * */
    CHECK(CirType_isNamed(CirType_getBaseType(pm)));
    CHECK(CirType_unrollDeep(CirType_typedef(6)) == CirType_ptr(i));
    CHECK(CirType_unrollDeep(CirType_ptr(CirType_typedef(6))) == CirType_ptr(CirType_ptr(i)));
    CHECK(CirType_unrollDeep(CirType_arrayWithLen(CirType_typedef(2), 2)) == CirType_arrayWithLen(ci, 2));
    CHECK(CirType_unrollDeep(i) == i);
    CirFunParam ps[1] = {{CirName_of("p"), CirType_typedef(6)}};
    const CirType *f = CirType_fun(CirType_typedef(1), ps, 1, false);
    const CirType *fd = CirType_unrollDeep(f);
    CHECK(CirType_getBaseType(fd) == i && CirType_getParams(fd)[0].type == CirType_ptr(i));
    CHECK(CirType_getParams(fd)[0].name == CirName_of("p"));
    /* lvalConv: decay of arrays and functions, qualifiers dropped. */
    CHECK(CirType_lvalConv(CirType_arrayWithLen(i, 3)) == CirType_ptr(i));
    CHECK(CirType_lvalConv(CirType_typedef(3)) == CirType_ptr(i));
    CHECK(CirType_lvalConv(CirType_array(ci)) == CirType_ptr(ci));
    CHECK(CirType_lvalConv(f) == CirType_ptr(f));
    CHECK(CirType_lvalConv(CirType_typedef(4)) == CirType_typedef(4));
    CHECK(CirType_lvalConv(CirType_typedef(1)) == CirType_typedef(1));
    CHECK(CirType_lvalConv(CirType_typedef(2)) == i);
    CHECK(CirType_lvalConv(ci) == i);
    CHECK(CirType_lvalConv(i) == i);
    return fails;
}

static int layout(void)
{
    fails = 0;
    const CirMachine *m = CirMachine_getHost();
    const CirType *i = CirType_int(CIR_IINT);
    CHECK(CirType_sizeof(i, m) == 4 && CirType_alignof(i, m) == 4);
    CHECK(CirType_sizeof(CirType_int(CIR_IBOOL), m) == 1 && CirType_sizeof(CirType_int(CIR_IULONGLONG), NULL) == 8);
    CHECK(CirType_sizeof(CirType_int(17), m) == 16 && CirType_alignof(CirType_int(18), m) == 16);
    CHECK(CirType_sizeof(CirType_float(CIR_FLONGDOUBLE), m) == 16 && CirType_alignof(CirType_float(CIR_FLONGDOUBLE), m) == 16);
    CHECK(CirType_sizeof(CirType_float(CIR_FFLOAT), CirMachine_getBuild()) == 4);
    CHECK(CirType_sizeof(CirType_ptr(CirType_void()), m) == 8 && CirType_alignof(CirType_ptr(i), m) == 8);
    CHECK(CirType_sizeof(CirType_void(), m) == 1);                    /* GCC's sizeof(void) */
    CHECK(CirType_alignof(fun2(false), m) == 1);                      /* GCC's __alignof__ of a function */
    CHECK(CirType_sizeof(CirType_arrayWithLen(i, 5), m) == 20);
    CHECK(CirType_sizeof(CirType_arrayWithLen(i, 0), m) == 0);
    CHECK(CirType_alignof(CirType_array(CirType_float(CIR_FDOUBLE)), m) == 8);
    CHECK(CirType_sizeof(CirType_typedef(3), m) == 12 && CirType_alignof(CirType_typedef(3), m) == 4);
    CHECK(CirType_alignof(CirType_typedef(5), m) == 8 && CirType_sizeof(CirType_typedef(5), m) == 4);
    CHECK(CirType_sizeof(CirType_comp(1), m) == 8 && CirType_alignof(CirType_comp(1), m) == 4);
    CHECK(CirType_sizeof(CirType_comp(2), m) == 8 && CirType_alignof(CirType_comp(2), m) == 8);
    CHECK(CirType_sizeof(CirType_comp(4), m) == 16 && CirType_alignof(CirType_comp(4), m) == 16);
    CHECK(CirType_sizeof(CirType_arrayWithLen(CirType_comp(1), 3), m) == 24);
    CHECK(CirType_sizeof(CirType_enum(1), m) == 4 && CirType_alignof(CirType_enum(1), m) == 4);
    CHECK(CirType_sizeof(CirType_valist(), m) == 24 && CirType_alignof(CirType_valist(), m) == 8);
    CHECK(CirType_sizeof(CirType_ptr(CirType_comp(3)), m) == 8); /* a pointer to an incomplete struct */
    return fails;
}

static int equals(void)
{
    fails = 0;
    const CirType *i = CirType_int(CIR_IINT), *ci = CirType_unroll(CirType_typedef(2));
    CHECK(CirType_equals(i, i));
    CHECK(!CirType_equals(i, CirType_int(CIR_IUINT)));
    CHECK(!CirType_equals(i, CirType_float(CIR_FFLOAT)));
    /* Qualifiers and attributes do not count (original), typedef names do. */
    CHECK(CirType_equals(ci, i) && CirType_equals(CirType_ptr(ci), CirType_ptr(i)));
    CHECK(CirType_equals(CirType_unroll(CirType_typedef(5)), i));
    CHECK(!CirType_equals(CirType_typedef(1), i));
    CHECK(CirType_equals(CirType_typedef(1), CirType_typedef(1)));
    CHECK(!CirType_equals(CirType_typedef(1), CirType_typedef(2)));
    CHECK(CirType_equals(CirType_arrayWithLen(ci, 3), CirType_unroll(CirType_typedef(3))));
    CHECK(!CirType_equals(CirType_arrayWithLen(i, 3), CirType_arrayWithLen(i, 4)));
    CHECK(!CirType_equals(CirType_arrayWithLen(i, 3), CirType_array(i)));
    CHECK(!CirType_equals(CirType_ptr(i), CirType_arrayWithLen(i, 1)));
    /* Function types: parameter names do not count; the variadic flag does. */
    CirFunParam ps[2] = {{CirName_of("zz"), ci}, {CirName_of("q"), CirType_ptr(CirType_int(CIR_ICHAR))}};
    CHECK(CirType_equals(CirType_fun(i, ps, 2, true), fun2(true)));
    CHECK(!CirType_equals(CirType_fun(i, ps, 2, false), fun2(true)));
    CHECK(!CirType_equals(CirType_fun(i, ps, 1, true), fun2(true)));
    CHECK(!CirType_equals(CirType_fun(CirType_void(), ps, 2, true), fun2(true)));
    CHECK(CirType_equals(CirType_comp(1), CirType_comp(1)) && !CirType_equals(CirType_comp(1), CirType_comp(2)));
    CHECK(CirType_equals(CirType_enum(1), CirType_enum(1)) && !CirType_equals(CirType_enum(1), i));
    CHECK(CirType_equals(CirType_valist(), CirType_valist()) && CirType_equals(CirType_void(), CirType_void()));
    return fails;
}

static int builtins(void)
{
    fails = 0;
    CHECK(CirBuiltin_ofName(CirName_of("__builtin_bswap16")) == CIR_BUILTIN_BSWAP16);
    CHECK(CirBuiltin_ofName(CirName_of("__builtin_bswap32")) == CIR_BUILTIN_BSWAP32);
    CHECK(CirBuiltin_ofName(CirName_of("__builtin_bswap64")) == CIR_BUILTIN_BSWAP64);
    CHECK(CirBuiltin_ofName(CirName_of("printf")) == 0);
    CHECK(CirBuiltin_ofName(CirName_of("bswap32")) == 0);
    CHECK(CirBuiltin_getName(CIR_BUILTIN_BSWAP32) == CirName_of("__builtin_bswap32"));
    CHECK(strcmp(CirName_cstr(CirBuiltin_getName(CIR_BUILTIN_BSWAP64)), "__builtin_bswap64") == 0);
    CirBuiltinId e = CirBuiltin_ofName(CirName_of("__builtin_expect"));
    CHECK(e >= CIR_NUM_BUILTINS && e == CirBuiltin_ofName(CirName_of("__builtin_expect")));
    CHECK(CirBuiltin_getName(e) == CirName_of("__builtin_expect"));
    const CirType *t = CirBuiltin_getType(CIR_BUILTIN_BSWAP32);
    CHECK(CirType_isFun(t) && CirType_getNumParams(t) == 1 && !CirType_isParamsVa(t));
    CHECK(CirType_isInt(CirType_getBaseType(t)) == CIR_IUINT);
    CHECK(CirType_getParams(t)[0].type == CirType_int(CIR_IUINT));
    t = CirBuiltin_getType(CIR_BUILTIN_BSWAP16);
    CHECK(CirType_sizeof(CirType_getBaseType(t), NULL) == 2);
    CHECK(CirType_sizeof(CirType_getBaseType(CirBuiltin_getType(CIR_BUILTIN_BSWAP64)), NULL) == 8);
    CHECK(CirType_isFun(CirBuiltin_getType(e)));
    return fails;
}

static int logs(void)
{
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("types: ");
    CirType_log(CirType_typedef(1), "x");
    CirLog_print("|");
    CirType_log(CirType_comp(1), "s");
    CirLog_print("|");
    CirType_log(CirType_ptr(fun2(true)), "fp");
    CirLog_print("|");
    CirType_log(CirType_arrayWithLen(CirType_ptr(CirType_int(CIR_IINT)), 4), NULL);
    CirLog_print("|");
    CirType_log(CirType_unroll(CirType_typedef(2)), "c");
    CirLog_print("|");
    CirType_log(CirType_enum(1), "");
    CirLog_print("|");
    CirType_log(CirType_comp(2), NULL);
    CirLog_print("|");
    CirType_log(CirType_fun(CirType_ptr(CirType_arrayWithLen(CirType_float(CIR_FLONGDOUBLE), 2)), NULL, 0, false), "g");
    CirLog_print("|");
    CirType_log(CirType_typedef(4), NULL);
    CirLog_print("|");
    CirType_log(CirType_valist(), NULL);
    CirLog_print("|");
    CirType_log(NULL, "x");
    CirLog_print("|");
    CirLog_end();
    return 1;
}

/* Sizes computed at compile time land in the output as constants. */
static unsigned long size_of(int which)
{
    const CirType *ts[] = {CirType_typedef(3), CirType_comp(1), CirType_comp(4), CirType_valist()};
    return CirType_sizeof(ts[which], NULL);
}

int main(void)
{
    printf("predicates %d\n", @predicates());
    printf("accessors %d\n", @accessors());
    printf("transforms %d\n", @transforms());
    printf("layout %d\n", @layout());
    printf("equals %d\n", @equals());
    printf("builtins %d\n", @builtins());
    printf("sizes %lu %lu %lu %lu\n", @size_of(0), @size_of(1), @size_of(2), @size_of(3));
    return @logs() - 1;
}
