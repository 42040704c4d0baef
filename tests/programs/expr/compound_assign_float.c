// covers: compound assignment on float/double/long double lvalues (+= -= *= /=), mixing integer and floating operands in compound assignment (int += double truncation), float accumulation
#include <stdio.h>

int main(void) {
    float f = 1.0f;
    f += 0.5f; printf("%g ", f);
    f *= 3; printf("%g ", f);
    f -= 0.25; printf("%g ", f);
    f /= 2; printf("%g\n", f);
    double d = 100.0;
    d /= 3; printf("%.10f ", d);
    d *= d; printf("%.6f ", d);
    d -= 1000; printf("%.6f\n", d);
    long double ld = 2.0L;
    for (int i = 0; i < 5; i++) ld *= ld;
    printf("%.1Lf\n", ld);
    ld /= 1e9L;
    printf("%.6Lf\n", ld);
    int i = 10;
    i += 2.7;          /* 12.7 -> 12 */
    printf("%d ", i);
    i *= 1.5;          /* 18 */
    printf("%d ", i);
    i /= 0.4;          /* 45 */
    printf("%d ", i);
    i -= 0.9;          /* 44.1 -> 44 */
    printf("%d\n", i);
    unsigned char uc = 10;
    uc *= 2.5;
    printf("%d\n", uc);
    long long ll = 1000000000000LL;
    ll *= 0.001;
    printf("%lld\n", ll);
    float acc = 0;
    for (int k = 1; k <= 100; k++) acc += 1.0f / k;
    printf("%.5f\n", acc);
    double dacc = 0;
    for (int k = 1; k <= 1000; k++) dacc += 1.0 / ((double)k * k);
    printf("%.10f\n", dacc);
    double arr[4] = {1, 2, 3, 4};
    double *p = arr;
    for (int k = 0; k < 4; k++) *p++ *= 0.5;
    printf("%g %g %g %g\n", arr[0], arr[1], arr[2], arr[3]);
    f = 3.0f;
    f *= 2;
    f += f;
    printf("%g\n", f);
    return 0;
}
