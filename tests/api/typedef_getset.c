/* CirTypedef_*: the program's typedefs, and new ones. */
typedef long mylong;                  /* tid1 */
typedef struct pt { int x; } pt_t;    /* tid2, cid1 */
mylong ml;                            /* vid1 */
long l;                               /* vid2 */
struct names { int alias; } nm;       /* cid2, vid3 */
// out: 0
// err: note: typedefs: tid1_mylong, tid2_pt_t, tid
// err: _alias
#include <stdio.h>
#include <cir.h>

#define CHECK(c) do { if (!(c)) return __LINE__; } while (0)

static int run(void)
{
    CHECK(CirTypedef_getType(1) == CirVar_getType(2));        /* long */
    CHECK(CirTypedef_getType(2) != CirTypedef_getType(1));
    CHECK(CirTypedef_getName(1) != CirTypedef_getName(2));
    CHECK(CirVar_getType(1) != CirVar_getType(2));            /* mylong is not long */
    CirTypedefId t = CirTypedef_new(CirComp_getFieldName(2, 0), CirVar_getType(1));
    CHECK(t > 2);
    CHECK(CirTypedef_getName(t) == CirComp_getFieldName(2, 0));
    CHECK(CirTypedef_getType(t) == CirVar_getType(1));        /* a typedef of mylong */
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("typedefs: ");
    CirTypedef_log(1);
    CirLog_print(", ");
    CirTypedef_log(2);
    CirLog_print(", ");
    CirTypedef_log(t);
    CirLog_end();
    return 0;
}

int main(void)
{
    printf("%d\n", @run());
    return 0;
}
