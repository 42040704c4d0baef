// expect: 12: `CirComp_setFieldType`: index 5 is out of range
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirComp_setFieldType(1, 5, CirVar_getType(1)); return 0; }

int main(void) { return @f(); }
