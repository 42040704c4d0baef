/* CirEnum_new and CirEnumItem_new: an enum made from nothing, its slots grown and shrunk. */
struct names { int one, two, three; };        /* cid1 */
// out: 0
#include <stdio.h>
#include <cir.h>

#define CHECK(c) do { if (!(c)) return __LINE__; } while (0)

static int build(void)
{
    CirEnumId e = CirEnum_new();
    CHECK(e != 0);
    CHECK(CirEnum_getName(e) == 0);
    CHECK(CirEnum_getNumItems(e) == 0);
    CHECK(CirEnum_getIkind(e) == CIR_IINT);     /* the original's default */
    CHECK(!CirEnum_isDefined(e));
    CirEnum_setName(e, CirComp_getFieldName(1, 0));
    CHECK(CirEnum_getName(e) == CirComp_getFieldName(1, 0));

    CirEnumItemId items[3];
    for (int i = 0; i < 3; i++) {
        items[i] = CirEnumItem_new(CirComp_getFieldName(1, i));
        CirEnumItem_setI64(items[i], (int64_t)i - 1);
    }
    CirEnum_setNumItems(e, 3);
    for (int i = 0; i < 3; i++)
        CirEnum_setItem(e, i, items[i]);
    CHECK(CirEnum_getItem(e, 2) == items[2]);
    CHECK(CirEnumItem_getI64(CirEnum_getItem(e, 0)) == -1);
    CirEnum_setDefined(e, true);
    CHECK(CirEnum_isDefined(e));

    /* Shrinking drops the last item; it may then go to another enum. */
    CirEnum_setNumItems(e, 2);
    CHECK(CirEnum_getNumItems(e) == 2);
    CirEnumId f = CirEnum_new();
    CirEnum_setNumItems(f, 1);
    CirEnum_setItem(f, 0, items[2]);
    CHECK(CirEnum_getItem(f, 0) == items[2]);
    /* Emptying a slot and growing again. */
    CirEnum_setItem(e, 0, 0);
    CHECK(CirEnum_getItem(e, 0) == 0 && CirEnum_getItem(e, 1) == items[1]);
    CirEnum_setNumItems(e, 4);
    CHECK(CirEnum_getNumItems(e) == 4 && CirEnum_getItem(e, 3) == 0 && CirEnum_getItem(e, 1) == items[1]);
    CirEnum_setItem(e, 3, items[0]);
    CHECK(CirEnum_getItem(e, 3) == items[0]);
    CirEnum_setIkind(e, CIR_IULONG);
    CHECK(CirEnum_getIkind(e) == CIR_IULONG);
    CirEnum_setDefined(e, false);
    CHECK(!CirEnum_isDefined(e));
    return 0;
}

int main(void)
{
    printf("%d\n", @build());
    return 0;
}
