// expect: 12: `CirComp_setFieldName`: cid1: field 2 (`a`): duplicate member name
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirComp_setNumFields(2, 1); CirComp_setFieldName(2, 0, CirComp_getFieldName(1, 0)); CirComp_setFieldType(2, 0, CirComp_getFieldType(1, 0)); CirComp_setDefined(2, true); CirComp_setNumFields(1, 3); CirComp_setFieldName(1, 2, CirComp_getFieldName(1, 0) + 0); return 0; }

int main(void) { return @f(); }
