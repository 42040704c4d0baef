// covers: floating point in algorithms: bisection root finding, Newton's method, Simpson integration, Horner, Euler ODE step, Gaussian elimination with partial pivoting, printed with limited precision
#include <stdio.h>
#include <math.h>

static double f(double x) { return x * x * x - 2 * x - 5; }
static double fp(double x) { return 3 * x * x - 2; }
static double g(double x) { return 1.0 / (1.0 + x * x); }

int main(void) {
    double lo = 2, hi = 3;
    for (int i = 0; i < 60; i++) { double mid = (lo + hi) / 2; if (f(lo) * f(mid) <= 0) hi = mid; else lo = mid; }
    printf("bisect %.12f\n", lo);
    double x = 2;
    for (int i = 0; i < 8; i++) x -= f(x) / fp(x);
    printf("newton %.12f\n", x);
    int n = 1000;
    double h = 1.0 / n, s = g(0) + g(1);
    for (int i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * g(i * h);
    printf("simpson %.12f\n", s * h / 3 * 4);
    double y = 1, t = 0, dt = 0.001;
    while (t < 1 - 1e-12) { y += dt * y; t += dt; }
    printf("euler %.10f\n", y);
    double A[4][5] = {{2, 1, -1, 3, 5}, {-3, -1, 2, 1, -2}, {-2, 1, 2, -4, 1}, {1, 2, 3, 4, 10}};
    for (int c = 0; c < 4; c++) {
        int p = c;
        for (int r = c + 1; r < 4; r++) if (fabs(A[r][c]) > fabs(A[p][c])) p = r;
        for (int k = 0; k < 5; k++) { double tmp = A[c][k]; A[c][k] = A[p][k]; A[p][k] = tmp; }
        for (int r = 0; r < 4; r++) {
            if (r == c) continue;
            double m = A[r][c] / A[c][c];
            for (int k = c; k < 5; k++) A[r][k] -= m * A[c][k];
        }
    }
    for (int r = 0; r < 4; r++) printf("x%d = %.10f\n", r, A[r][4] / A[r][r] + 0.0);
    double mean = 0, m2 = 0;
    for (int i = 1; i <= 100; i++) {
        double v = i * 0.37 - 10, d = v - mean;
        mean += d / i;
        m2 += d * (v - mean);
    }
    printf("mean %.10f var %.10f\n", mean, m2 / 99);
    return 0;
}
