// expect: 15: `CirCode_resolveLabels`: label `nowhere` used by sid
// (Enable after the merge: needs CirName_of.)
#include <stdio.h>
#include <cir.h>

static CirCodeId f(CirCodeId c)
{
    CirStmtId s = CirStmt_newAfter(CirCode_getFirstStmt(c));
    CirStmt_toGotoLabel(s, CirName_of("nowhere"));
    CirCode_resolveLabels(c);
    return c;
}

int main(void) {
    printf("%d\n", @f(({ int a = 1; a; })));
    return 0;
}
