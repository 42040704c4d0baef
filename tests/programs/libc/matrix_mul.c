// covers: matrix multiplication (naive ijk, cache-friendly ikj, blocked) on heap-allocated double and int matrices, transpose, identity check, integer matrix power mod p, determinant by Gaussian elimination, checksums of results
#include <stdio.h>
#include <stdlib.h>

static double *mat_new(int n) { return calloc((size_t)n * n, sizeof(double)); }
#define AT(m, n, i, j) (m)[(size_t)(i) * (n) + (j)]

static void mul_ijk(const double *a, const double *b, double *c, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) { double s = 0; for (int k = 0; k < n; k++) s += AT(a, n, i, k) * AT(b, n, k, j); AT(c, n, i, j) = s; }
}
static void mul_ikj(const double *a, const double *b, double *c, int n) {
    for (int i = 0; i < n * n; i++) c[i] = 0;
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) { double aik = AT(a, n, i, k); for (int j = 0; j < n; j++) AT(c, n, i, j) += aik * AT(b, n, k, j); }
}
static void mul_blocked(const double *a, const double *b, double *c, int n, int bs) {
    for (int i = 0; i < n * n; i++) c[i] = 0;
    for (int ii = 0; ii < n; ii += bs)
        for (int kk = 0; kk < n; kk += bs)
            for (int jj = 0; jj < n; jj += bs)
                for (int i = ii; i < ii + bs && i < n; i++)
                    for (int k = kk; k < kk + bs && k < n; k++)
                        for (int j = jj; j < jj + bs && j < n; j++) AT(c, n, i, j) += AT(a, n, i, k) * AT(b, n, k, j);
}
static double det(double *m, int n) {
    double d = 1;
    for (int c = 0; c < n; c++) {
        int p = c;
        for (int r = c + 1; r < n; r++) if ((AT(m, n, r, c) < 0 ? -AT(m, n, r, c) : AT(m, n, r, c)) > (AT(m, n, p, c) < 0 ? -AT(m, n, p, c) : AT(m, n, p, c))) p = r;
        if (AT(m, n, p, c) == 0) return 0;
        if (p != c) { for (int k = 0; k < n; k++) { double t = AT(m, n, c, k); AT(m, n, c, k) = AT(m, n, p, k); AT(m, n, p, k) = t; } d = -d; }
        d *= AT(m, n, c, c);
        for (int r = c + 1; r < n; r++) { double f = AT(m, n, r, c) / AT(m, n, c, c); for (int k = c; k < n; k++) AT(m, n, r, k) -= f * AT(m, n, c, k); }
    }
    return d;
}
static void matpow_mod(const long long *m, long long *r, int n, long long e, long long p) {
    long long *b = malloc(sizeof(long long) * n * n), *t = malloc(sizeof(long long) * n * n);
    for (int i = 0; i < n * n; i++) { b[i] = m[i]; r[i] = (i / n == i % n); }
    while (e) {
        if (e & 1) {
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { long long s = 0; for (int k = 0; k < n; k++) s = (s + r[i * n + k] * b[k * n + j]) % p; t[i * n + j] = s; }
            for (int i = 0; i < n * n; i++) r[i] = t[i];
        }
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { long long s = 0; for (int k = 0; k < n; k++) s = (s + b[i * n + k] * b[k * n + j]) % p; t[i * n + j] = s; }
        for (int i = 0; i < n * n; i++) b[i] = t[i];
        e >>= 1;
    }
    free(b); free(t);
}

int main(void) {
    int n = 48;
    double *a = mat_new(n), *b = mat_new(n), *c1 = mat_new(n), *c2 = mat_new(n), *c3 = mat_new(n);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) { AT(a, n, i, j) = ((i * 7 + j * 3) % 11) - 5; AT(b, n, i, j) = ((i * 5 + j * 13) % 9) * 0.5; }
    mul_ijk(a, b, c1, n);
    mul_ikj(a, b, c2, n);
    mul_blocked(a, b, c3, n, 8);
    double s1 = 0, s2 = 0, s3 = 0, tr = 0;
    int same = 1;
    for (int i = 0; i < n * n; i++) { s1 += c1[i]; s2 += c2[i]; s3 += c3[i]; if (c1[i] != c2[i] || c1[i] != c3[i]) same = 0; }
    for (int i = 0; i < n; i++) tr += AT(c1, n, i, i);
    printf("%g %g %g same=%d trace=%g\n", s1, s2, s3, same, tr);
    double small[9] = {2, -3, 1, 2, 0, -1, 1, 4, 5};
    printf("det=%g\n", det(small, 3));
    double hilbert[16];
    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) hilbert[i * 4 + j] = 1.0 / (i + j + 1);
    printf("det(H4)=%.6e\n", det(hilbert, 4));
    long long fibm[4] = {1, 1, 1, 0}, r[4];
    matpow_mod(fibm, r, 2, 1000000000000LL, 1000000007LL);
    printf("fib(10^12) mod p = %lld\n", r[1]);
    free(a); free(b); free(c1); free(c2); free(c3);
    return 0;
}
