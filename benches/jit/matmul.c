/* 300x300 double matrix multiply C = A*B (deterministic fill); returns the weighted sum of C. */
#include <stdio.h>
#include "bench.h"

#define N 300

static double A[N][N], B[N][N], C[N][N];

static void fill(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (double)((i * 7 + j * 3) % 17) / 16.0 - 0.5;
            B[i][j] = (double)((i * 5 + j * 11) % 13) / 12.0 + 0.25;
        }
}

static void multiply(void)
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
}

static double checksum(void)
{
    double s = 0.0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            s += C[i][j] * (double)((i + 2 * j) % 7 + 1);
    return s;
}

static double kernel(void)
{
    if (SKIP)
        return 0.0;
    fill();
    multiply();
    return checksum();
}

int main(void)
{
    printf("%.17g\n", AT(kernel()));
    return 0;
}
