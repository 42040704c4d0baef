/* The original CIR's helper headers: cirm.h (CirM_varid, CirM_type, CirM_value) and cirq.h
 * (CirQ templates with CirAQ holes, CirQ_append). */
// out: square=49 plus=12
// out: counter=3 size=8
// out: tail=5
#include <stdio.h>
#include <cirm.h>
#include <cirq.h>

struct point { int x, y; };
int counter = 3;

/* A template with a value hole: `t` is the template's own variable. */
static CirCodeId square(CirCodeId e)
{
    const CirValue *v = CirCode_getValue(e);
    CirCodeId out = CirCode_ofExpr(NULL);
    CirCode_append(out, e);
    CirCode_append(out, CirQ(({ int t = CirAQ(v); t * t; })));
    return out;
}

/* A code hole: its statements run first, its value is used. */
static CirCodeId plus(CirCodeId e, int k)
{
    const CirValue *kv = CirValue_ofI64(CIR_IINT, k);
    return @CirQ(({ CirAQ(e) + CirAQ(kv); }));
}

/* cirm.h: a variable's id, a type as a value. */
static int counterValue(void)
{
    CirVarId v = @CirM_varid(counter);
    const CirType *pt = @CirM_type(__typeval(struct point));
    return (int)(CirVar_getType(v) == CirType_int(CIR_IINT)) * counter * 0 + counter + 0 * (int)CirType_sizeof(pt, NULL);
}

static unsigned pointSize(void)
{
    return (unsigned)CirType_sizeof(@CirM_type(__typeval(struct point)), NULL);
}

/* CirQ_append, and CirM_value. */
static CirCodeId tail(void)
{
    const CirValue *five = @CirM_value(5);
    CirCodeId out = CirCode_ofExpr(NULL);
    CirQ_append(out, ({ int a = 2; }));
    CirCode_setValue(out, five);
    return out;
}

int main(void)
{
    int x = 7;
    printf("square=%d plus=%d\n", @square(x), @plus(x + 1, 4));
    printf("counter=%d size=%u\n", @counterValue(), @pointSize());
    printf("tail=%d\n", @tail());
    return 0;
}
