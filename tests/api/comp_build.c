/* CirComp_* setters: completing a struct the program only declared (later source code uses
 * it), renaming and retyping a defined struct, and a struct/union made with CirComp_new. */
struct names { int alpha; long beta; char gamma; };   /* cid1 */
struct later;                                          /* cid2 */
struct later *lp;                                      /* vid1 */
struct point { int x, y; } pt;                         /* cid3, vid2 */
// out: 1 2 3 24 16
// out: 0
// rendered: struct cid2_later {
// rendered:     char gamma : 3;
// rendered: struct cid3_alpha {
// rendered:     long y;
// err: note: new: union cid
#include <stdio.h>
#include <cir.h>

#define CHECK(c) do { if (!(c)) cir_fatal("check failed at line %d", __LINE__); } while (0)

static void complete(void)
{
    const CirType *intType = CirComp_getFieldType(1, 0);
    CHECK(!CirComp_isDefined(2));
    CirComp_setNumFields(2, 3);
    CHECK(CirComp_getNumFields(2) == 3);
    /* New fields are unnamed ints. */
    CHECK(CirComp_getFieldName(2, 0) == 0);
    CHECK(CirComp_getFieldType(2, 2) == intType);
    CHECK(!CirComp_hasFieldBitsize(2, 2));
    for (size_t i = 0; i < 3; i++) {
        CirComp_setFieldName(2, i, CirComp_getFieldName(1, i));
        CirComp_setFieldType(2, i, CirComp_getFieldType(1, i));
    }
    CirComp_setFieldBitsize(2, 2, 3);
    CirComp_setDefined(2, true);
    CHECK(CirComp_isDefined(2));
    CHECK(CirComp_getSize(2, NULL) == 24);
    CHECK(CirComp_getFieldBitsOffset(2, 2, NULL) == 128);

    /* struct point becomes struct alpha { int x; long y; } */
    CirComp_setName(3, CirComp_getFieldName(1, 0));
    CHECK(CirComp_getName(3) == CirComp_getFieldName(1, 0));
    CHECK(CirComp_getSize(3, NULL) == 8);
    CirComp_setFieldType(3, 1, CirComp_getFieldType(1, 1));
    CHECK(CirComp_getSize(3, NULL) == 16);
    CHECK(CirComp_getFieldBitsOffset(3, 1, NULL) == 64);
}

@complete();

static int fresh(void)
{
    CirCompId c = CirComp_new();
    CHECK(c > 3);
    CHECK(CirComp_isStruct(c));
    CHECK(!CirComp_isDefined(c));
    CHECK(CirComp_getName(c) == 0);
    CHECK(CirComp_getNumFields(c) == 0);
    CirComp_setName(c, CirComp_getFieldName(1, 2));
    CirComp_setStruct(c, false);
    CHECK(!CirComp_isStruct(c));
    CirComp_setNumFields(c, 2);
    CirComp_setFieldName(c, 0, CirComp_getFieldName(1, 1));
    CirComp_setFieldType(c, 0, CirComp_getFieldType(1, 1));
    CirComp_setFieldName(c, 1, CirComp_getFieldName(1, 2));
    CirComp_setFieldType(c, 1, CirComp_getFieldType(1, 2));
    CirComp_setDefined(c, true);
    CHECK(CirComp_getSize(c, NULL) == 8);          /* union { long beta; char gamma; } */
    CHECK(CirComp_getAlign(c, NULL) == 8);
    CHECK(CirComp_getFieldBitsOffset(c, 1, NULL) == 0);
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("new: ");
    CirComp_log(c);
    CirLog_end();
    CirComp_setStruct(c, true);                    /* struct { long beta; char gamma; } */
    CHECK(CirComp_getSize(c, NULL) == 16);
    CHECK(CirComp_getFieldBitsOffset(c, 1, NULL) == 64);
    CirComp_setFieldBitsize(c, 1, 4);
    CHECK(CirComp_hasFieldBitsize(c, 1) && CirComp_getFieldBitsize(c, 1) == 4);
    CirComp_setFieldBitsize(c, 0, 0 + 64);         /* long beta : 64 */
    CHECK(CirComp_getFieldBitsize(c, 0) == 64);
    CirComp_clearFieldBitsize(c, 0);
    CHECK(!CirComp_hasFieldBitsize(c, 0));
    CirComp_setNumFields(c, 1);                    /* struct { long beta; } */
    CHECK(CirComp_getNumFields(c) == 1);
    CHECK(CirComp_getSize(c, NULL) == 8);
    CirComp_setDefined(c, false);
    CHECK(!CirComp_isDefined(c));
    return 0;
}

int main(void)
{
    struct later l;
    l.alpha = 1;
    l.beta = 2;
    l.gamma = 3;
    lp = &l;
    printf("%d %ld %d %d %d\n", lp->alpha, lp->beta, lp->gamma, (int)sizeof(struct later), (int)sizeof pt);
    printf("%d\n", @fresh());
    return 0;
}
