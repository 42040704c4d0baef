// covers: pre/post ++ and -- on char, short, int, unsigned, long, long long, unsigned long long, float, double, long double, _Bool, pointers; value of the expression vs stored value
#pragma GCC diagnostic ignored "-Wbool-operation"
#include <stdio.h>

int main(void) {
    char c = 'x';
    char c1 = c++;
    char c2 = c;
    char c3 = ++c;
    printf("%c %c %c %c\n", c1, c2, c3, c);
    short s = -1;
    int a = s++, b = s--, d = --s, e = ++s;
    printf("%d %d %d %d %d\n", a, b, d, e, s);
    int i = 5;
    int r = i++ + 10;
    printf("%d %d\n", r, i);
    r = --i * 2;
    printf("%d %d\n", r, i);
    unsigned u = 0;
    printf("%u ", u--);
    printf("%u ", u);
    printf("%u\n", ++u);
    long l = 1L << 40;
    l++; ++l; l--;
    printf("%ld\n", l);
    long long ll = -1;
    long long llold = ll++;
    printf("%lld %lld\n", llold, ll);
    unsigned long long ull = 18446744073709551615ULL;
    ull++;
    printf("%llu\n", ull);
    float f = 1.5f;
    float f1 = f++;
    float f2 = ++f;
    printf("%g %g %g\n", f1, f2, f);
    f = 16777216.0f;
    f++;           /* not representable: stays 16777216 */
    printf("%.1f\n", f);
    double dd = -0.5;
    dd++; printf("%g ", dd);
    dd++; printf("%g ", dd);
    --dd; --dd; --dd;
    printf("%g\n", dd);
    long double ld = 1e18L;
    ld++;
    printf("%.1Lf\n", ld);
    _Bool bo = 0;
    printf("%d ", bo++);
    printf("%d ", bo++);
    printf("%d ", bo);
    printf("%d ", bo--);
    printf("%d ", bo--);
    printf("%d\n", bo);
    int arr[4] = {10, 20, 30, 40};
    int *p = arr;
    printf("%d ", *p++);
    printf("%d ", *++p);
    printf("%d ", (*p)++);
    printf("%d ", ++*p);
    printf("%d ", *p--);
    printf("%d\n", *p);
    for (int k = 0; k < 4; k++) printf("%d ", arr[k]);
    printf("\n");
    double darr[3] = {1.0, 2.0, 3.0};
    double *dp = &darr[2];
    (*dp--)++;
    (*dp)--;
    printf("%g %g %g\n", darr[0], darr[1], darr[2]);
    return 0;
}
