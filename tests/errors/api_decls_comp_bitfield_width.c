// expect: 12: `CirComp_setFieldBitsize`: cid1: field 0 (`a`): width 40 exceeds its type `int`
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirComp_setFieldBitsize(1, 0, 40); return 0; }

int main(void) { return @f(); }
