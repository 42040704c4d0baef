// expect: 12: `CirVar_setStorage`: 7 is not a storage class
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirVar_setStorage(1, 7); return 0; }

int main(void) { return @f(); }
