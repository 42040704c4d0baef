/* cirm.h — helpers for compile-time functions that take code arguments (as in the original
 * CIR). Each is itself a compile-time function: call it with `@`.
 *
 *   CirM_varid(x)          the id of variable x (the code of `x` must be just that variable)
 *   CirM_type(__typeval(T)) a `const CirType *` for type T, as an expression
 *   CirM_value(e)          a `const CirValue *` for the value of a side-effect-free expression e
 *
 * For example, inside a compile-time function:
 *   const CirType *t = @CirM_type(__typeval(struct point));
 *   CirVarId v = @CirM_varid(counter);
 */
#ifndef CIRM_H
#define CIRM_H
#include <stdint.h>
#include "cir.h"

/* The code of a plain expression: no statements, no variables, a value. */
static const CirValue *CirM__bare(CirCodeId code, const char *who)
{
    if (CirCode_getFirstStmt(code))
        cir_fatal("%s: the argument must not need statements", who);
    if (CirCode_getNumVars(code))
        cir_fatal("%s: the argument must not need variables", who);
    const CirValue *v = CirCode_getValue(code);
    if (!v)
        cir_fatal("%s: the argument has no value", who);
    return v;
}

static CirVarId CirM_varid(CirCodeId code)
{
    const CirValue *v = CirM__bare(code, "CirM_varid");
    if (!CirValue_isVar(v) || CirValue_getNumFields(v))
        cir_fatal("CirM_varid: the argument is not a variable");
    return CirValue_getVar(v);
}

static CirCodeId CirM_type(CirCodeId code)
{
    const CirType *t = CirValue_getTypeValue(CirM__bare(code, "CirM_type"));
    /* The type `const CirType *` itself, read off a local declared with it. */
    const CirType *handle;
    const CirType *handleType = CirVar_getType(@CirM_varid(handle));
    (void)handle;
    return CirCode_ofExpr(CirValue_withCastType(CirValue_ofU64(CIR_IULONG, (uint64_t)(uintptr_t)t), handleType));
}

static CirCodeId CirM_value(CirCodeId code)
{
    const CirValue *v = CirM__bare(code, "CirM_value");
    return CirCode_ofExpr(CirValue_withCastType(CirValue_ofU64(CIR_IULONG, (uint64_t)(uintptr_t)v), @CirM_type(__typeval(const CirValue *))));
}

#endif /* CIRM_H */
