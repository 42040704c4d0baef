// expect: 12: `CirTypedef_new`: 0 is not a name
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { return CirTypedef_new(0, CirVar_getType(1)); }

int main(void) { return @f(); }
