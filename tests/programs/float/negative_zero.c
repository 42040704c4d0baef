// covers: negative zero creation, equality with +0, signbit, copysign, 1/-0 = -inf, printing -0, operations preserving/removing sign of zero, float and long double negative zero, nonzero exit code
#include <stdio.h>
#include <math.h>

int main(void) {
    double pz = 0.0, nz = -0.0;
    volatile double v = 0.0;
    double nz2 = -v;
    printf("%g %g %g\n", pz, nz, nz2);
    printf("%d %d\n", pz == nz, signbit(nz) != 0);
    printf("%g %g\n", 1 / pz, 1 / nz);
    printf("%g\n", nz + 0.0);   /* +0 */
    printf("%g\n", nz - 0.0);   /* -0 */
    printf("%g\n", nz * -1);
    printf("%g\n", pz * -1);
    printf("%g\n", -pz);
    printf("%g %g\n", copysign(3.0, nz), copysign(3.0, pz));
    printf("%g %g\n", fabs(nz), sqrt(nz));
    printf("%g %g %g\n", floor(-0.5), ceil(-0.5), round(-0.4));
    printf("%g\n", trunc(-0.9));
    float fnz = -0.0f;
    printf("%g %d\n", fnz, signbit(fnz) != 0);
    long double lnz = -0.0L;
    printf("%Lg %d\n", lnz, signbit(lnz) != 0);
    double small = -1e-300;
    double u = small * 1e-300;   /* underflow to -0 */
    printf("%g %d\n", u, signbit(u) != 0);
    printf("%d\n", (int)nz);
    printf("%d\n", nz ? 1 : 0);
    double m = fmod(-4.0, 2.0);
    printf("%g\n", m);
    int count = 0;
    double arr[] = {0.0, -0.0, 1.0, -1.0, -0.0};
    for (int i = 0; i < 5; i++) if (signbit(arr[i])) count++;
    printf("%d\n", count);
    return count + 2;
}
