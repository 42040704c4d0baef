/* CirValue integer constants: kinds, truncation to the kind, casts and types. */
// out: 42
// out: -1 4294967295 44 -56 1 -1
// out: 18446744073709551615 -1
// out: 1 1 1 1
// out: 44
// out: 300
// rendered: "%d\n", 42)
#include <stdio.h>
#include <cir.h>

typedef unsigned char byte;

static CirCodeId answer(void) { return CirCode_ofExpr(CirValue_ofI64(CIR_IINT, 42)); }

static long long geti(int which)
{
    switch (which) {
    case 0: return CirValue_getI64(CirValue_ofI64(CIR_IINT, -1));
    case 1: return (long long)CirValue_getU64(CirValue_ofI64(CIR_IUINT, -1));
    case 2: return CirValue_getI64(CirValue_ofU64(CIR_IUCHAR, 300));
    case 3: return CirValue_getI64(CirValue_ofI64(CIR_ISCHAR, 200));
    case 4: return CirValue_getI64(CirValue_ofU64(CIR_IBOOL, 7));
    default: return CirValue_getI64(CirValue_ofU64(CIR_IINT, 0xffffffffu));
    }
}

static unsigned long long getu(void) { return CirValue_getU64(CirValue_ofU64(CIR_IULONGLONG, ~0ULL)); }
static long long getu_as_i(void) { return CirValue_getI64(CirValue_ofU64(CIR_IULONGLONG, ~0ULL)); }

/* An integer's type is its kind: getCastType without a cast gives it. */
static int kind_is_type(CirCodeId tint)
{
    const CirType *t = CirValue_getTypeValue(CirCode_getValue(tint));
    const CirValue *v = CirValue_ofI64(CIR_IINT, 5);
    return CirValue_isInt(v) && CirValue_getCastType(v) == t && CirValue_getType(v) == t && CirValue_getRawType(v) == t;
}

/* A cast to an integer type converts the constant to that kind; to a pointer it stays a cast. */
static int cast(CirCodeId tint, CirCodeId tlong, CirCodeId tptr)
{
    const CirType *ti = CirValue_getTypeValue(CirCode_getValue(tint));
    const CirType *tl = CirValue_getTypeValue(CirCode_getValue(tlong));
    const CirType *tp = CirValue_getTypeValue(CirCode_getValue(tptr));
    const CirValue *v = CirValue_ofI64(CIR_IINT, -5);
    const CirValue *c = CirValue_withCastType(v, tl);
    const CirValue *p = CirValue_withCastType(v, tp);
    return c == CirValue_ofI64(CIR_ILONG, -5) && CirValue_getCastType(c) == tl && CirValue_getRawType(c) == tl &&
           CirValue_getCastType(p) == tp && CirValue_getType(p) == tp && CirValue_getRawType(p) == ti &&
           CirValue_getI64(p) == -5 && CirValue_getI64(CirValue_withCastType(v, CirValue_getType(CirValue_ofU64(CIR_IUSHORT, 0)))) == 65531;
}

/* A cast to the integer's own kind is no cast: handles compare equal. */
static int own_kind(CirCodeId tint, CirCodeId tlong)
{
    const CirType *ti = CirValue_getTypeValue(CirCode_getValue(tint));
    const CirType *tl = CirValue_getTypeValue(CirCode_getValue(tlong));
    const CirValue *v = CirValue_ofI64(CIR_IINT, 5);
    return CirValue_withCastType(CirValue_withCastType(v, tl), ti) == v && CirValue_ofU64(CIR_IINT, 5) == v;
}

/* Constants the lowering made are the same handles as the API's. */
static int same_as_lowered(CirCodeId c) { return CirCode_getValue(c) == CirValue_ofI64(CIR_IINT, 7); }

static CirCodeId narrowed(CirCodeId tuc)
{
    const CirType *t = CirValue_getTypeValue(CirCode_getValue(tuc));
    return CirCode_ofExpr(CirValue_withCastType(CirValue_ofI64(CIR_IINT, 300), t));
}

int main(void)
{
    printf("%d\n", @answer());
    printf("%lld %lld %lld %lld %lld %lld\n", @geti(0), @geti(1), @geti(2), @geti(3), @geti(4), @geti(5));
    printf("%llu %lld\n", @getu(), @getu_as_i());
    printf("%d %d %d %d\n", @kind_is_type(__typeval(int)), @cast(__typeval(int), __typeval(long), __typeval(void *)),
           @own_kind(__typeval(int), __typeval(long)), @same_as_lowered(7));
    printf("%d\n", @narrowed(__typeval(unsigned char)));
    printf("%d\n", @narrowed(__typeval(byte)) + 256);
    return 0;
}
