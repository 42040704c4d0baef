// covers: floating summation order effects: naive vs Kahan compensated vs pairwise summation, float vs double accumulators, harmonic series, alternating series, volatile to prevent reassociation
#include <stdio.h>

static double pairwise(const double *a, int n) {
    if (n <= 4) { double s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
    int h = n / 2;
    return pairwise(a, h) + pairwise(a + h, n - h);
}

int main(void) {
    enum { N = 10000 };
    static double a[N];
    for (int i = 0; i < N; i++) a[i] = 1.0 / (i + 1) + (i % 3 ? 1e-10 : -1e-10);
    double naive = 0;
    for (int i = 0; i < N; i++) naive += a[i];
    double kahan = 0, comp = 0;
    for (int i = 0; i < N; i++) {
        double y = a[i] - comp;
        double t = kahan + y;
        comp = (t - kahan) - y;
        kahan = t;
    }
    double pw = pairwise(a, N);
    printf("%.17g\n%.17g\n%.17g\n", naive, kahan, pw);
    double rev = 0;
    for (int i = N - 1; i >= 0; i--) rev += a[i];
    printf("%.17g\n", rev);
    float fs = 0;
    for (int i = 0; i < N; i++) fs += (float)a[i];
    printf("%.9g\n", fs);
    float big = 16777216.0f;
    for (int i = 0; i < 100; i++) big += 1.0f;
    printf("%.1f\n", big);
    double alt = 0;
    for (int k = 1; k <= 1000; k++) alt += (k % 2 ? 1.0 : -1.0) / k;
    printf("%.15f\n", alt);
    double tiny_first = 0;
    for (int i = 0; i < 1000; i++) tiny_first += 1e-16;
    tiny_first += 1.0;
    double tiny_last = 1.0;
    for (int i = 0; i < 1000; i++) tiny_last += 1e-16;
    printf("%.17g %.17g\n", tiny_first, tiny_last);
    return 0;
}
