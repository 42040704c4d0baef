// expect: 12: `CirVar_setFormal`: g is not a function
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirVar_setFormal(1, 0, CirVar_new(0)); return 0; }

int main(void) { return @f(); }
