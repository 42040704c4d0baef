// expect: 12: `CirEnum_setItem`: item 1 already belongs to eid1
struct s { int a; int b; };     /* cid1 */
struct fwd;                     /* cid2 */
enum e1 { A1 };                 /* eid1, item 1 */
enum e2 { B1 };                 /* eid2, item 2 */
int g;                          /* vid1 */
#include <stdio.h>
#include <cir.h>

static int f(void) { CirEnum_setNumItems(2, 2); CirEnum_setItem(2, 1, 1); return 0; }

int main(void) { return @f(); }
