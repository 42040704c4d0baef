// expect: 12: `CirEnum_setDefined`: eid2 cannot be defined: item 1 is not set
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirEnum_setNumItems(2, 2); CirEnum_setDefined(2, true); return 0; }

int main(void) { return @f(); }
