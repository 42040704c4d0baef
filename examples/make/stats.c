/* Plain C: cir flattens it like any other file. */
#include "util.h"

double mean(const double *v, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += v[i];
    return n ? s / (double)n : 0.0;
}

double variance(const double *v, size_t n)
{
    double m = mean(v, n), s = 0;
    for (size_t i = 0; i < n; i++)
        s += (v[i] - m) * (v[i] - m);
    return n ? s / (double)n : 0.0;
}
