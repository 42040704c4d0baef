/* CirComp_* getters and layout of the program's own structs and unions (ids known: they come
 * before the includes). Sizes, alignments and bit offsets are gcc's. */
struct bits { char a; int b : 3; int c : 7; long d; short e : 5; };   /* cid1 */
union u { char c; double d; int i : 4; };                            /* cid2 */
struct __attribute__((packed)) pk { char a; int b; };                /* cid3 */
struct al { char a; int b __attribute__((aligned(16))); };           /* cid4 */
#pragma pack(2)
struct pp { char a; long b; };                                       /* cid5 */
#pragma pack()
struct fwd;                                                          /* cid6 */
struct { int q; } anon;                                              /* cid7, vid1 */
int bits;                                                            /* vid2 */
// out: 0
// out: 24 8 8 11 64 128 24
// out: 8 8 0 0 8
// out: 5 1 1 8 5
// out: 32 16 16 128 32
// out: 10 2 2 16 10
// out: 1 4 8 2
// err: note: comps: struct cid1_bits, union cid2_u, struct cid7
#include <stdio.h>
#include <cir.h>

#define CHECK(c) do { if (!(c)) return __LINE__; } while (0)

static int getters(void)
{
    size_t i = 99;
    CHECK(CirComp_isStruct(1));
    CHECK(!CirComp_isStruct(2));
    CHECK(CirComp_isDefined(1));
    CHECK(!CirComp_isDefined(6));
    CHECK(CirComp_getNumFields(1) == 5);
    CHECK(CirComp_getNumFields(2) == 3);
    CHECK(CirComp_getNumFields(6) == 0);
    CHECK(CirComp_getName(1) == CirVar_getName(2));   /* tag `bits` and var `bits` */
    CHECK(CirComp_getName(7) == 0);
    CHECK(CirComp_getFieldName(7, 0) != 0);
    CHECK(!CirComp_hasFieldBitsize(1, 0));
    CHECK(CirComp_hasFieldBitsize(1, 1));
    CHECK(CirComp_getFieldBitsize(1, 0) == 0);
    CHECK(CirComp_getFieldBitsize(1, 1) == 3);
    CHECK(CirComp_getFieldBitsize(1, 2) == 7);
    CHECK(CirComp_getFieldBitsize(1, 4) == 5);
    CHECK(CirComp_getFieldType(1, 1) == CirComp_getFieldType(1, 2));
    CHECK(CirComp_getFieldType(1, 1) == CirVar_getType(2));
    CHECK(CirComp_getFieldType(1, 0) != CirComp_getFieldType(1, 1));
    CHECK(CirComp_getFieldName(1, 0) == CirComp_getFieldName(3, 0));   /* both `a` */
    CHECK(CirComp_getFieldName(1, 1) != CirComp_getFieldName(1, 0));
    /* By name: `b` of al is field 1 of bits, `d` of u is field 3; `i` is not in bits. */
    CHECK(CirComp_getFieldByName(1, CirComp_getFieldName(4, 1), &i) && i == 1);
    CHECK(CirComp_getFieldByName(1, CirComp_getFieldName(2, 1), &i) && i == 3);
    CHECK(CirComp_getFieldByName(1, CirComp_getFieldName(2, 1), NULL));
    i = 99;
    CHECK(!CirComp_getFieldByName(1, CirComp_getFieldName(2, 2), &i) && i == 99);
    CHECK(!CirComp_getFieldByName(1, 0, &i));
    CHECK(!CirComp_getFieldByName(6, CirComp_getFieldName(2, 2), &i));
    return 0;
}

static int size(int c) { return CirComp_getSize(c, NULL); }
static int align(int c) { return CirComp_getAlign(c, NULL); }
static int bitoff(int c, int i) { return CirComp_getFieldBitsOffset(c, i, NULL); }
static int falign(int c, int i) { return CirComp_getFieldAlign(c, i, NULL); }

static int logs(void)
{
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("comps: ");
    CirComp_log(1);
    CirLog_print(", ");
    CirComp_log(2);
    CirLog_print(", ");
    CirComp_log(7);
    CirLog_end();
    return 0;
}

int main(void)
{
    printf("%d\n", @getters() + @logs());
    printf("%d %d %d %d %d %d %d\n", @size(1), @align(1), @bitoff(1, 1), @bitoff(1, 2), @bitoff(1, 3), @bitoff(1, 4), (int)sizeof(struct bits));
    printf("%d %d %d %d %d\n", @size(2), @align(2), @bitoff(2, 1), @bitoff(2, 2), (int)sizeof(union u));
    printf("%d %d %d %d %d\n", @size(3), @align(3), @falign(3, 1), @bitoff(3, 1), (int)sizeof(struct pk));
    printf("%d %d %d %d %d\n", @size(4), @align(4), @falign(4, 1), @bitoff(4, 1), (int)sizeof(struct al));
    printf("%d %d %d %d %d\n", @size(5), @align(5), @falign(5, 1), @bitoff(5, 1), (int)sizeof(struct pp));
    printf("%d %d %d %d\n", @falign(1, 0), @falign(1, 1), @falign(1, 3), @falign(1, 4));
    return 0;
}
