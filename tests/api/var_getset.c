/* CirVar_*: getters on the program's own vars, new globals and locals, setters whose effect is
 * rendered. The declarations before the includes have known ids (vid1 ...). */
struct names { int alpha, beta, x, y, a, renamed; };   /* cid1: a supply of CirNames */
int gi;                                 /* vid1 */
long gl;                                /* vid2 */
extern int ge;                          /* vid3 */
static void proto(int a, int b);        /* vid4 a, vid5 b, vid6 proto */
static int sv = 3;                      /* vid7 */
int helper(int a) { return a + gi; }    /* vid8 a, vid9 helper */
// out: 0
// out: 0
// out: 6
// rendered: long alpha;
// rendered: vid8_a + renamed;
// rendered: int renamed;
// rendered: void beta(int vid
// rendered: _x, int vid
// rendered: _y)
// err: note: log: renamed|long gl|int vid7_sv|vid8_a|__auto_type vid
#include <stdio.h>
#include <cir.h>

#define CHECK(c) do { if (!(c)) return __LINE__; } while (0)
#define NAME(i) CirComp_getFieldName(1, i)

static int getters(void)
{
    CHECK(CirVar_getStorage(1) == CIR_NOSTORAGE);
    CHECK(CirVar_getStorage(3) == CIR_EXTERN);
    CHECK(CirVar_getStorage(6) == CIR_STATIC);
    CHECK(CirVar_getStorage(7) == CIR_STATIC);
    CHECK(CirVar_getOwner(1) == 0);
    CHECK(CirVar_getOwner(9) == 0);
    CHECK(CirVar_getCode(1) == 0);
    CHECK(CirVar_getCode(6) == 0);           /* declared, not defined */
    CirCodeId body = CirVar_getCode(9);
    CHECK(body != 0);
    CHECK(CirVar_getFormal(9, 0) == 8);
    CHECK(CirVar_getOwner(8) == body);       /* formals belong to the body */
    CHECK(CirVar_getName(8) == NAME(4));     /* `a` */
    CHECK(CirVar_getName(4) == NAME(4));
    CHECK(CirVar_getFormal(6, 0) == 0);      /* a prototype has no formals */
    CHECK(CirVar_getFormal(6, 1) == 0);
    CHECK(CirVar_getType(1) == CirComp_getFieldType(1, 0));   /* int, interned */
    CHECK(CirVar_getType(2) != CirVar_getType(1));
    CHECK(CirVar_getType(8) == CirVar_getType(1));
    return 0;
}

static int news(void)
{
    /* A new global: no type yet (NULL, as the original), then a long named `alpha`. */
    CirVarId g = CirVar_new(0);
    CHECK(g > 10);
    CHECK(CirVar_getType(g) == NULL);
    CHECK(CirVar_getName(g) == 0);
    CHECK(CirVar_getOwner(g) == 0);
    CHECK(CirVar_getStorage(g) == CIR_NOSTORAGE);
    CirVar_setName(g, NAME(0));
    CirVar_setType(g, CirVar_getType(2));
    CHECK(CirVar_getName(g) == NAME(0));
    CHECK(CirVar_getType(g) == CirVar_getType(2));

    /* A static global nobody uses is not rendered; an extern one neither. */
    CirVarId s = CirVar_new(0);
    CirVar_setType(s, CirVar_getType(1));
    CirVar_setStorage(s, CIR_STATIC);
    CHECK(CirVar_getStorage(s) == CIR_STATIC);
    CirVar_setStorage(s, CIR_EXTERN);
    CHECK(CirVar_getStorage(s) == CIR_EXTERN);

    /* A local of a code. */
    CirCodeId c = CirCode_ofExpr(NULL);
    CirVarId l = CirVar_new(c);
    CHECK(CirVar_getOwner(l) == c);
    CHECK(CirVar_getCode(l) == 0);
    CirVar_setStorage(l, CIR_REGISTER);
    CHECK(CirVar_getStorage(l) == CIR_REGISTER);
    CirVar_setStorage(l, CIR_STATIC);
    CHECK(CirVar_getStorage(l) == CIR_STATIC);
    return 0;
}

static int function(void)
{
    /* void beta(int x, int y) {} built from proto's type. */
    CirVarId f = CirVar_new(0);
    CirVar_setName(f, NAME(1));
    CirVar_setType(f, CirVar_getType(6));
    CHECK(CirVar_getFormal(f, 0) == 0);
    CHECK(CirVar_getFormal(f, 1) == 0);
    CirCodeId body = CirCode_ofExpr(NULL);
    CirVar_setCode(f, body);
    CHECK(CirVar_getCode(f) == body);
    CHECK(CirVar_getOwner(f) == 0);

    /* The second formal first: made in another code, the function's body adopts it. */
    CirVarId y = CirVar_new(CirCode_ofExpr(NULL));
    CirVar_setName(y, NAME(3));
    CirVar_setType(y, CirVar_getType(1));
    CirVar_setFormal(f, 1, y);
    CHECK(CirVar_getFormal(f, 0) == 0);
    CHECK(CirVar_getFormal(f, 1) == y);
    CHECK(CirVar_getOwner(y) == body);

    CirVarId x = CirVar_new(body);
    CirVar_setName(x, NAME(2));
    CirVar_setType(x, CirVar_getType(1));
    CirVar_setFormal(f, 0, x);
    CHECK(CirVar_getFormal(f, 0) == x);
    CHECK(CirVar_getFormal(f, 1) == y);

    /* Replacing a formal and putting it back. */
    CirVar_setFormal(f, 0, 0);
    CHECK(CirVar_getFormal(f, 0) == 0);
    CHECK(CirVar_getFormal(f, 1) == y);
    CirVar_setFormal(f, 0, x);
    CHECK(CirVar_getFormal(f, 0) == x);
    return 0;
}

static int logs(void)
{
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("log: ");
    CirVar_log(1);
    CirLog_print("|");
    CirVar_logNameAndType(2);
    CirLog_print("|");
    CirVar_logNameAndType(7);
    CirLog_print("|");
    CirVar_log(8);
    CirLog_print("|");
    CirVar_logNameAndType(CirVar_new(0));
    CirLog_end();
    return 6;
}

/* Renames a global that `helper` (already lowered and rendered) uses. */
static void renameGi(void)
{
    CirVar_setName(1, NAME(5));
}

@renameGi();

int main(void)
{
    printf("%d\n", @getters());
    printf("%d\n", @news() + @function());
    printf("%d\n", @logs());
    return 0;
}
