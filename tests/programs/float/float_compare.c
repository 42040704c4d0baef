// covers: floating comparisons across float/double/long double, mixed int/float comparisons, precision in comparisons (0.1f vs 0.1), comparison-based sorting of doubles, min/max via ?:, equality tolerance
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

static int cmpd(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void) {
    printf("%d %d %d\n", 0.1f == 0.1, 0.5f == 0.5, (float)0.1 == 0.1f);
    printf("%d %d\n", 0.1L == 0.1, 0.5L == 0.5);
    int i = 16777217;
    float f = 16777216.0f;
    printf("%d %d\n", i == f, (double)i == (double)f);
    long long big = 9007199254740993LL;
    double d = 9007199254740992.0;
    printf("%d %d\n", big == d, (long double)big == (long double)d);
    unsigned u = 4294967295u;
    printf("%d\n", u == 4294967295.0);
    printf("%d %d %d\n", -1 < 0.5, 3 > 2.999f, 'a' == 97.0);
    double arr[] = {3.5, -1.25, 1e10, -1e-10, 0.0, 2.0, 2.0, -7.0, 1e-300, 100};
    qsort(arr, 10, sizeof arr[0], cmpd);
    for (int k = 0; k < 10; k++) printf("%g ", arr[k]);
    printf("\n");
    double mn = arr[0], mx = arr[0];
    for (int k = 1; k < 10; k++) { mn = arr[k] < mn ? arr[k] : mn; mx = arr[k] > mx ? arr[k] : mx; }
    printf("%g %g\n", mn, mx);
    double a = 0.1 * 3, b = 0.3;
    printf("%d %d\n", a == b, fabs(a - b) < 1e-12);
    float fa = 1.0f / 3, fb = 0.33333334f;
    printf("%d\n", fa == fb);
    long double la = 1.0L / 3, lb = 1.0 / 3;
    printf("%d %d\n", la == lb, la > lb);
    int cnt = 0;
    for (double x = 0; x < 1.0; x += 0.1) cnt++;
    printf("%d\n", cnt);
    cnt = 0;
    for (float x = 0; x < 1.0f; x += 0.1f) cnt++;
    printf("%d\n", cnt);
    return 0;
}
