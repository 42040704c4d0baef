// covers: NaN and infinity from runtime computation (volatile 0.0/0.0, 1/0.0) and NAN/INFINITY/HUGE_VAL macros, comparisons involving NaN (all false except !=), isnan/isinf, arithmetic propagation, printing inf, NaN != NaN, fmax/fmin with NaN
#include <stdio.h>
#include <math.h>

static const char *nanstr(double x) { return isnan(x) ? "nan" : "num"; }

int main(void) {
    volatile double zero = 0.0;
    double nan1 = zero / zero;
    double inf = 1.0 / zero;
    double ninf = -1.0 / zero;
    printf("%s %g %g\n", nanstr(nan1), inf, ninf);
    printf("%d %d %d %d %d %d\n", nan1 == nan1, nan1 != nan1, nan1 < 1, nan1 > 1, nan1 <= nan1, nan1 >= 0);
    printf("%d %d %d\n", inf > 1e308, ninf < -1e308, inf == inf);
    printf("%d %d\n", inf == -ninf, inf + ninf == 0);
    printf("%s\n", nanstr(inf + ninf));
    printf("%s\n", nanstr(inf * 0));
    printf("%s\n", nanstr(inf / inf));
    printf("%g %g\n", inf * 2, inf - 1e308);
    printf("%g %g\n", 1 / inf, -1 / inf);
    double mac = NAN;
    printf("%d %d %d\n", isnan(mac) != 0, isinf(INFINITY) != 0, isinf(-HUGE_VAL) != 0);
    printf("%g %g %f %e\n", INFINITY, -INFINITY, HUGE_VAL, -HUGE_VAL);
    printf("%d %d\n", isnan(nan1 + 1) != 0, isnan(sqrt(-1.0 * (1 + zero))) != 0);
    printf("%g %g\n", fmax(nan1, 3.0), fmin(2.0, nan1));
    float fn = (float)nan1;
    float finf = (float)inf;
    printf("%d %g\n", isnan(fn) != 0, (double)finf);
    float big = 3e38f;
    volatile float ten = 10.0f;
    printf("%g\n", (double)(big * ten));
    double overflow = 1e308;
    printf("%g\n", overflow * (10 + zero));
    long double ldinf = 1.0L / zero;
    printf("%Lg\n", ldinf);
    int cnt = 0;
    double arr[] = {1.0, nan1, -2.0, inf, nan1, 0.0, ninf};
    for (int i = 0; i < 7; i++) if (arr[i] != arr[i]) cnt++;
    printf("%d\n", cnt);
    double mx = -INFINITY;
    for (int i = 0; i < 7; i++) if (arr[i] > mx) mx = arr[i];
    printf("%g\n", mx);
    printf("%d\n", !nan1);
    printf("%d\n", nan1 ? 1 : 0);
    return 0;
}
