// covers: restrict pointers in numeric kernels (saxpy, dot, stencil, matrix-vector), const restrict, restrict on locals, results identical at -O0/-O2 when no aliasing, pointer bumping loops
#include <stdio.h>

static void saxpy(int n, float a, const float *restrict x, float *restrict y) {
    for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}
static double dot(int n, const double *restrict a, const double *restrict b) {
    double s = 0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}
static void stencil(int n, const int *restrict in, int *restrict out) {
    for (int i = 1; i < n - 1; i++) out[i] = in[i - 1] + 2 * in[i] + in[i + 1];
    out[0] = in[0];
    out[n - 1] = in[n - 1];
}
static void matvec(int r, int c, const double *restrict m, const double *restrict v, double *restrict out) {
    for (int i = 0; i < r; i++) {
        double s = 0;
        const double *restrict row = m + i * c;
        for (int j = 0; j < c; j++) s += row[j] * v[j];
        out[i] = s;
    }
}

int main(void) {
    float x[16], y[16];
    for (int i = 0; i < 16; i++) { x[i] = (float)i * 0.5f; y[i] = 16.0f - (float)i; }
    saxpy(16, 2.0f, x, y);
    for (int i = 0; i < 16; i++) printf("%g ", y[i]);
    printf("\n");
    double a[10], b[10];
    for (int i = 0; i < 10; i++) { a[i] = i + 1; b[i] = 1.0 / (i + 1); }
    printf("%g\n", dot(10, a, b));
    int in[12], out[12];
    for (int i = 0; i < 12; i++) in[i] = (i * 7) % 5;
    stencil(12, in, out);
    for (int i = 0; i < 12; i++) printf("%d ", out[i]);
    printf("\n");
    double m[3 * 4], v[4] = {1, -1, 2, 0.5}, o[3];
    for (int i = 0; i < 12; i++) m[i] = i - 5;
    matvec(3, 4, m, v, o);
    printf("%g %g %g\n", o[0], o[1], o[2]);
    return 0;
}
