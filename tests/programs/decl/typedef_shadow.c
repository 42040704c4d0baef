// covers: typedef names shadowed by local variables, by function parameters, and by struct members (separate namespace); typedef re-declared in an inner scope with a different type; using the typedef again after the shadowing scope ends
#include <stdio.h>

typedef int T;
typedef double D;

static int param_shadow(int T) { return T * 2; }            /* parameter named like typedef */
static double use_D(D x) { return x / 2; }
static int param_shadow2(T a, int D) { return a + D; }      /* second param shadows typedef D */

struct s { T T; D D; };                                     /* member names in separate namespace */

int main(void) {
    T a = 5;
    printf("%d\n", a);
    {
        int T = 10;                    /* local variable shadows typedef */
        printf("%d\n", T * 3);
        {
            typedef char T;            /* inner typedef re-declares */
            T c = 'x';
            printf("%c %zu\n", c, sizeof(T));
        }
        printf("%d\n", T + 1);
    }
    T b = 7;                           /* typedef visible again */
    printf("%d %zu\n", b, sizeof(T));
    printf("%d %g %d\n", param_shadow(4), use_D(3.0), param_shadow2(2, 40));
    struct s v = {1, 2.5};
    printf("%d %g\n", v.T, v.D);
    for (T i = 0; i < 3; i++) {
        D T = i * 1.5;                 /* shadow inside loop body */
        printf("%g ", T);
    }
    printf("\n");
    D d = 9;
    printf("%g\n", d);
    return 0;
}
