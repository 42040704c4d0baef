/* Floating comparisons with NaN, infinities and signed zeros: all six operators as values, in
 * if conditions, negated, in loops and ternaries, for float and double; isless & co.,
 * fmin/fmax, and ordering-based selection. */
#include <stdio.h>
#include <math.h>

static volatile double vzero = 0.0;

#define CMPS(T, a, b)                                                                                  \
    printf("%-4s %-6s %-6s : < %d  <= %d  > %d  >= %d  == %d  != %d | !< %d !<= %d !> %d !>= %d !== %d !!= %d\n", \
           #T, #a, #b, (a) < (b), (a) <= (b), (a) > (b), (a) >= (b), (a) == (b), (a) != (b), !((a) < (b)), \
           !((a) <= (b)), !((a) > (b)), !((a) >= (b)), !((a) == (b)), !((a) != (b)))

static int branches(double a, double b)
{
    int r = 0;
    if (a < b) r |= 1;
    if (a <= b) r |= 2;
    if (a > b) r |= 4;
    if (a >= b) r |= 8;
    if (a == b) r |= 16;
    if (a != b) r |= 32;
    if (!(a < b)) r |= 64;
    if (!(a >= b)) r |= 128;
    if (a < b || a > b) r |= 256;
    if (a < b && b < 1e300) r |= 512;
    return r;
}

static int fbranches(float a, float b)
{
    int r = 0;
    if (a < b) r |= 1;
    if (a <= b) r |= 2;
    if (a > b) r |= 4;
    if (a >= b) r |= 8;
    if (a == b) r |= 16;
    if (a != b) r |= 32;
    if (!(a <= b)) r |= 64;
    if (!(a > b)) r |= 128;
    return r;
}

int main(void)
{
    double nan_ = vzero / vzero, inf = 1.0 / vzero, one = 1.0 + vzero, nz = -vzero, pz = vzero;
    float fnan = (float)nan_, finf = (float)inf, fone = 1.0f, fnz = (float)nz;
    CMPS(dbl, nan_, one);
    CMPS(dbl, one, nan_);
    CMPS(dbl, nan_, nan_);
    CMPS(dbl, inf, one);
    CMPS(dbl, -inf, inf);
    CMPS(dbl, inf, inf);
    CMPS(dbl, nz, pz);
    CMPS(dbl, one, one);
    CMPS(flt, fnan, fone);
    CMPS(flt, fone, fnan);
    CMPS(flt, fnan, fnan);
    CMPS(flt, finf, fone);
    CMPS(flt, fnz, 0.0f);
    CMPS(mix, fnan, one);
    CMPS(mix, fone, inf);

    double vals[] = { nan_, -inf, -1.0, nz, pz, 1.0, inf };
    for (int i = 0; i < 7; i++) {
        for (int j = 0; j < 7; j++)
            printf("%4d", branches(vals[i], vals[j]));
        printf("\n");
    }
    float fv[] = { fnan, -finf, -1.0f, fnz, 0.0f, 1.0f, finf };
    for (int i = 0; i < 7; i++) {
        for (int j = 0; j < 7; j++)
            printf("%4d", fbranches(fv[i], fv[j]));
        printf("\n");
    }
    int cnt = 0;
    for (double x = -2.0; x < 2.0 || x != x; x += 0.5)
        cnt++;
    printf("loop %d\n", cnt);
    double sel1 = nan_ < one ? nan_ : one, sel2 = nan_ > one ? nan_ : one;
    printf("select %g %g %g\n", sel1, sel2, one < nan_ ? one : 7.0);
    printf("isless %d %d %d %d %d %d\n", isless(nan_, one), islessequal(one, one), isgreater(inf, one),
           isgreaterequal(nan_, nan_), islessgreater(one, nan_), isunordered(one, nan_));
    printf("fmin/fmax %g %g %g %g\n", fmin(nan_, one), fmax(one, nan_), fmin(-inf, one), fmax(nz, pz) == 0.0 ? 0.0 : 1.0);
    printf("signbit %d %d %d\n", signbit(nz) != 0, signbit(pz) != 0, signbit(-nan_) != signbit(nan_));
    int b1 = nan_ == nan_, b2 = (nan_ != nan_) + (fnan != fnan) * 2;
    _Bool bb = nan_;
    printf("bool %d %d %d %d\n", b1, b2, bb, !nan_);
    return 0;
}
