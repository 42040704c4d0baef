// covers: operator precedence and associativity corner cases without parentheses (shift vs add, & vs ==, | vs ^ vs &, ?: vs =, unary vs postfix, cast vs member, sizeof vs binary), left-assoc subtraction/division, right-assoc assignment
#pragma GCC diagnostic ignored "-Wparentheses"
#include <stdio.h>

struct s { int a; int arr[3]; };

int main(void) {
    int a = 2, b = 3, c = 4, d = 5;
    printf("%d\n", a + b * c - d);
    printf("%d\n", a << b + 1);          /* a << 4 */
    printf("%d\n", 1 << 2 + 3 << 1);     /* (1 << 5) << 1 */
    printf("%d\n", a & b == 3);          /* a & 1 */
    printf("%d\n", a | b ^ c & d);       /* a | (b ^ (c & d)) */
    printf("%d\n", a ^ b | c);
    printf("%d\n", a < b == c > d);      /* (a<b) == (c>d) */
    printf("%d\n", a || b && 0);         /* a || (b && 0) */
    printf("%d\n", 0 && a || b);
    printf("%d\n", 100 / 10 / 5);        /* left-assoc: 2 */
    printf("%d\n", 100 - 10 - 5);
    printf("%d\n", 100 % 7 * 3);
    printf("%d\n", -a * -b);
    printf("%d\n", - -a);
    printf("%d\n", !a + 1);
    printf("%d\n", ~a + 1);
    printf("%d\n", -a % b);
    int x, y, z;
    x = y = z = 7;
    printf("%d %d %d\n", x, y, z);
    x = a > b ? a : b > c ? b : c;
    printf("%d\n", x);
    x = 1 ? 2 : 3 ? 4 : 5;
    printf("%d\n", x);
    int arr[4] = {10, 20, 30, 40};
    int *p = arr;
    printf("%d\n", *p + 1);
    printf("%d\n", *(p + 1));
    printf("%d\n", *p++ + 5);
    printf("%d\n", -*p);
    printf("%d\n", (int)sizeof arr / (int)sizeof *arr);
    printf("%d\n", (int)sizeof(int) * 2);
    struct s st = {5, {6, 7, 8}};
    struct s *sp = &st;
    printf("%d\n", -sp->a);
    printf("%d\n", sp->arr[1] * 2);
    printf("%d\n", ++sp->arr[2]);
    printf("%d\n", (char)sp->a + 1);
    printf("%d\n", !sp->arr[0]);
    printf("%td\n", &st.arr[2] - &st.arr[0]);
    double dd = (double)a / b;
    printf("%.4f\n", dd);
    dd = (double)(a / b);
    printf("%.4f\n", dd);
    int m = 10;
    m *= 2 - 1 + 2;
    printf("%d\n", m);
    printf("%d\n", a + b > c && c + d > b * 2 || 0);
    printf("%d\n", a - b - c - d);
    printf("%d\n", 1 - 2 + 3 - 4 + 5);
    printf("%d\n", 64 >> 2 >> 1);
    printf("%d\n", 5 > 3 > 1);          /* (5>3) > 1 = 0 */
    printf("%d %d\n", a = b + c, b);
    return 0;
}
