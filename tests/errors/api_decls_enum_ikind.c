// expect: 12: `CirEnum_setIkind`: 4 is not an integer kind an enum can have
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirEnum_setIkind(1, CIR_IBOOL); return 0; }

int main(void) { return @f(); }
