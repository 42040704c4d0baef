// covers: volatile local and global variables (every access performed), volatile loop counters, volatile pointers and pointers to volatile, volatile in expressions with side effects, volatile arrays, volatile struct, volatile preventing optimization of delay loops
#include <stdio.h>

volatile int gflag = 0;
volatile unsigned long long gticks;
static volatile double gscale = 1.5;

static void tick(int n) { while (n--) gticks++; }

int main(void) {
    volatile int v = 10;
    v = v + 1;
    v *= 2;
    v -= 3;
    printf("%d\n", v);
    tick(1000);
    printf("%llu\n", gticks);
    for (volatile int i = 0; i < 5; i++) gflag += i;
    printf("%d\n", gflag);
    volatile int arr[5] = {1, 2, 3, 4, 5};
    int s = 0;
    for (int i = 0; i < 5; i++) s += arr[i] * arr[i];
    printf("%d\n", s);
    int target = 3;
    int *volatile vp = &target;   /* volatile pointer */
    *vp += 4;
    printf("%d\n", target);
    volatile int *pv = arr;       /* pointer to volatile */
    pv[2] = 30;
    printf("%d\n", arr[2]);
    volatile struct { int a; double b; } vs = {1, 2.0};
    vs.a += 10;
    vs.b *= gscale;
    printf("%d %g\n", vs.a, vs.b);
    volatile unsigned delay = 0;
    for (unsigned k = 0; k < 10000; k++) delay++;
    printf("%u\n", delay);
    volatile char c = 'A';
    c++;
    printf("%c\n", c);
    volatile long long big = 1LL << 40;
    big >>= 3;
    printf("%lld\n", big);
    return 0;
}
