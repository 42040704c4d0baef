/* CirEnum_* and CirEnumItem_* on the program's own enums, and a forward-declared enum completed
 * through the API; item values set at compile time are what later source code sees. */
enum color { RED, GREEN = 5, BLUE };          /* eid1: items 1..3 */
enum sign { NEG = -3, POS = 3 };              /* eid2: items 4, 5 */
enum shade;                                   /* eid3 */
enum shade *sp;                               /* vid1 */
enum color cv;                                /* vid2 */
struct names { int dark, light, RED; };       /* cid1 */
// out: 0
// out: 0 5 42 -3
// out: 4
// rendered: enum eid1_color { eid1_RED = 0, eid1_GREEN = 5, eid1_BLUE = 42 };
// rendered: enum eid3_shade { eid3_light = -1, eid3_dark = 7 };
#include <stdio.h>
#include <cir.h>

#define CHECK(c) do { if (!(c)) return __LINE__; } while (0)
#define FAIL(c) do { if (!(c)) cir_fatal("check failed at line %d", __LINE__); } while (0)

static int getters(void)
{
    CHECK(CirEnum_getNumItems(1) == 3);
    CHECK(CirEnum_isDefined(1));
    CHECK(CirEnum_isDefined(3));                /* by @change() */
    CHECK(CirEnum_getNumItems(3) == 2);
    CHECK(CirEnum_getIkind(1) == CIR_IUINT);
    CHECK(CirEnum_getIkind(2) == CIR_IINT);
    CHECK(CirEnum_getName(1) != 0 && CirEnum_getName(1) != CirEnum_getName(2));
    CHECK(CirEnum_getItem(1, 0) == 1 && CirEnum_getItem(1, 2) == 3);
    CHECK(CirEnum_getItem(2, 0) == 4);
    CHECK(CirEnumItem_getI64(CirEnum_getItem(1, 1)) == 5);
    CHECK(CirEnumItem_getI64(CirEnum_getItem(1, 2)) == 42);  /* 6, then @change() */
    CHECK(CirEnumItem_getI64(4) == -3);
    CHECK(CirEnumItem_getName(1) == CirComp_getFieldName(1, 2));   /* RED */
    CHECK(CirEnumItem_getName(2) != CirEnumItem_getName(1));
    return 0;
}

static void change(void)
{
    /* BLUE = 42 from now on. */
    FAIL(CirEnumItem_getI64(3) == 6);
    CirEnumItem_setI64(3, 42);
    FAIL(CirEnumItem_getI64(3) == 42);

    /* enum shade { light = -1, dark = 7 }, slots filled out of order. */
    FAIL(!CirEnum_isDefined(3));
    FAIL(CirEnum_getNumItems(3) == 0);
    FAIL(CirEnum_getIkind(3) == CIR_IUINT);
    CirEnumItemId dark = CirEnumItem_new(CirComp_getFieldName(1, 0));
    CirEnumItemId light = CirEnumItem_new(CirComp_getFieldName(1, 1));
    FAIL(CirEnumItem_getName(dark) == CirComp_getFieldName(1, 0));
    FAIL(CirEnumItem_getI64(dark) == 0);
    CirEnumItem_setI64(dark, 7);
    CirEnumItem_setI64(light, -1);
    CirEnum_setNumItems(3, 2);
    FAIL(CirEnum_getNumItems(3) == 2);
    FAIL(CirEnum_getItem(3, 0) == 0 && CirEnum_getItem(3, 1) == 0);
    CirEnum_setItem(3, 1, dark);
    FAIL(CirEnum_getItem(3, 0) == 0 && CirEnum_getItem(3, 1) == dark);
    CirEnum_setItem(3, 0, light);
    FAIL(CirEnum_getItem(3, 0) == light);
    CirEnum_setIkind(3, CIR_IINT);
    FAIL(CirEnum_getIkind(3) == CIR_IINT);
    CirEnum_setDefined(3, true);
    FAIL(CirEnum_isDefined(3));
}

@change();

int main(void)
{
    enum shade s = 0;
    sp = &s;
    printf("%d\n", @getters());
    printf("%d %d %d %d\n", RED, GREEN, BLUE, NEG);
    printf("%d\n", (int)sizeof(enum shade));
    return 0;
}
