// expect: 12: `CirComp_getSize`: cid2 is not defined
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { return CirComp_getSize(2, NULL); }

int main(void) { return @f(); }
