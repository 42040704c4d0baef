// expect: 12: `CirVar_setCode`: g is not a function
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirVar_setCode(1, CirCode_ofExpr(NULL)); return 0; }

int main(void) { return @f(); }
