// covers: tentative definitions at file scope (int x; repeated, later completed with initializer), tentative array definitions with incomplete size completed later, static tentative definitions, zero initialization of tentative definitions
#include <stdio.h>
#include <stddef.h>

int t1;
int t1;                 /* repeated tentative definition */
int t2;
int t2 = 42;            /* tentative followed by real definition */
int t2;                 /* and another tentative after */
static int st;
static int st;
double td;
struct pt { int x, y; } tp;
int tarr[];             /* tentative incomplete array */
int tarr[5] = {1, 2, 3};
char tbuf[8];
int *tptr;
struct pt tpts[3];
static const char *tnames[2];
double tmat[2][3];
long tcount;
long tcount;

int main(void) {
    printf("%d %d %d %g\n", t1, t2, st, td);
    printf("%d %d\n", tp.x, tp.y);
    printf("%zu %d %d\n", sizeof tarr / sizeof tarr[0], tarr[2], tarr[4]);
    printf("%d %d\n", tbuf[0], tptr == NULL);
    t1 = 5; st = 6; tp.y = 7;
    printf("%d %d %d\n", t1, st, tp.y);
    printf("%d %d %d\n", tpts[2].x, tnames[1] == NULL, (int)tmat[1][2]);
    tpts[1].y = 9; tnames[0] = "set"; tmat[0][1] = 2.5; tcount += 3;
    printf("%d %s %g %ld\n", tpts[1].y, tnames[0], tmat[0][1], tcount);
    return 0;
}
