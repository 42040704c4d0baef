/* Loop nests whose inner loop carries a floating-point sum (the JIT runs two iterations of the
 * outer loop together: unroll-and-jam). Functions named jam_* must be transformed, keep_* must
 * be left alone (tests/jit_features.rs checks which were, from CIR_JIT_VERBOSE); all must print
 * what gcc's build prints. Sizes are odd and small so that the left-over iteration, empty inner
 * loops and outer loops of 0 to 3 iterations all run. */
#include <stdio.h>

#define M 7
#define K 9
#define N 5

static double A[M][K], B[K][N], C[M][N], D[M][N];
static float F[M][K], G[K][N], H[M][N];

static void fill(void)
{
    for (int i = 0; i < M; i++)
        for (int k = 0; k < K; k++) {
            A[i][k] = (double)((i * 7 + k * 3) % 11) / 8.0 - 0.6;
            F[i][k] = (float)((i * 5 + k) % 7) / 3.0f - 1.1f;
        }
    for (int k = 0; k < K; k++)
        for (int j = 0; j < N; j++) {
            B[k][j] = (double)((k * 5 + j * 11) % 13) / 12.0 + 0.1;
            G[k][j] = (float)((k * 3 + j * 2) % 9) / 5.0f + 0.3f;
        }
}

static void print_c(const char *what)
{
    double t = 0;
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++)
            t += C[i][j] * (i + 3 * j + 1);
    printf("%s %.17g %.17g %.17g\n", what, t, C[0][0], C[M - 1][N - 1]);
}

static void jam_matmul(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < K; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
}

/* The outer loop's bound is a parameter: 0, 1, 2, 3 ... iterations. */
static void jam_bound(int n)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < n; j++) {
            double s = 1.0;
            for (int k = 0; k < K; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
}

/* long indexes, counting down. */
static void jam_down(void)
{
    for (long i = 0; i < M; i++)
        for (long j = N - 1; j >= 0; j--) {
            double s = 0.5;
            for (long k = K - 1; k >= 0; k--)
                s = s * 0.75 + A[i][k] * B[k][j];
            C[i][j] = s;
        }
}

/* A step of 2 and a != condition. */
static void jam_step(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j != 6; j += 2) {
            double s = 0.0;
            for (int k = 0; k < K; k++)
                s -= A[i][k] * B[k][j % N];
            C[i][j % N] = s;
        }
}

/* Triangular: the inner loop runs i times (none for i = 0); the body branches on i and k,
 * which are the same for both copies. */
static void jam_triangle(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < i; k++) {
                if (k & 1)
                    s += A[i][k] * B[k][j];
                else
                    s -= 0.5 * A[i][k] * B[k][j];
            }
            C[i][j] = s;
        }
}

/* float sums, and the loop's index used after it. */
static int jam_float(int n)
{
    int j;
    for (j = 0; j < n; j++) {
        float s = 0.0f;
        for (int k = 0; k < K; k++)
            s += F[2][k] * G[k][j];
        H[2][j] = s;
    }
    return j;
}

/* Local arrays (stack slots) and an unsigned index that wraps around. */
static double jam_local(void)
{
    double a[4][6], b[6][4], c[4][4];
    for (int i = 0; i < 4; i++)
        for (int k = 0; k < 6; k++) {
            a[i][k] = A[i][k] + 1.0;
            b[k][i] = B[k][i] - 1.0;
        }
    for (int i = 0; i < 4; i++)
        for (unsigned j = 4294967294u; j != 2; j++) {
            double s = 0.0;
            for (int k = 0; k < 6; k++)
                s += a[i][k] * b[k][(j + 2) % 4];
            c[i][(j + 2) % 4] = s;
        }
    double t = 0;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            t = t * 1.5 + c[i][j];
    return t;
}

/* The product of n×n matrices a and b into c, for the pointer parameters below (they differ
 * only in which are restrict). */
#define FLAT_MATMUL                                                                                \
    for (int i = 0; i < n; i++)                                                                    \
        for (int j = 0; j < n; j++) {                                                              \
            double s = 0.0;                                                                        \
            for (int k = 0; k < n; k++)                                                            \
                s += a[i * n + k] * b[k * n + j];                                                  \
            c[i * n + j] = s;                                                                      \
        }

/* restrict pointer parameters: C lets the writes through c be assumed apart from the reads
 * through a and b (main also passes three parts of one array). */
static void jam_restrict(const double *restrict a, const double *restrict b, double *restrict c, int n)
{
    FLAT_MATMUL
}

/* Only c is restrict: a and b might still be c. */
static void keep_half_restrict(const double *a, const double *b, double *restrict c, int n)
{
    FLAT_MATMUL
}

/* Reads what it writes: C[i][k] in the inner loop, C[i][j] stored. */
static void keep_alias(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++)
                s += C[i][k] * 0.5 + B[k][j];
            C[i][j] = s;
        }
}

/* Pointer parameters: nothing says c is neither a nor b. */
static void keep_pointers(const double *a, const double *b, double *c, int n)
{
    FLAT_MATMUL
}

/* The inner loop's length depends on j. */
static void keep_ragged(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k <= j; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
}

/* A sum carried from one j to the next. */
static double keep_carried(void)
{
    double t = 0.0;
    for (int j = 0; j < N; j++) {
        double s = 0.0;
        for (int k = 0; k < K; k++)
            s += A[1][k] * B[k][j];
        t = t * 0.5 + s;
    }
    return t;
}

/* Integer sums: no floating-point chain to overlap. */
static long keep_int(void)
{
    static long c[N];
    for (int j = 0; j < N; j++) {
        long s = 0;
        for (int k = 0; k < K; k++)
            s += (long)(A[1][k] * 100) * (long)(B[k][j] * 100);
        c[j] = s;
    }
    return c[0] + c[N - 1];
}

/* A call in the inner loop. */
static double twice(double x)
{
    static volatile int calls;
    calls++;
    return 2 * x;
}

static void keep_call(void)
{
    for (int j = 0; j < N; j++) {
        double s = 0.0;
        for (int k = 0; k < K; k++)
            s += twice(A[3][k]) * B[k][j];
        D[3][j] = s;
    }
}

/* Stores in two blocks. */
static void keep_two_stores(void)
{
    for (int i = 0; i < M; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < K; k++)
                s += A[i][k] * B[k][j];
            if (i & 1)
                C[i][j] = s;
            else
                D[i][j] = s;
        }
}

int main(void)
{
    fill();
    jam_matmul();
    print_c("matmul");
    for (int n = 0; n <= N; n++) {
        jam_bound(n);
        print_c("bound");
    }
    jam_down();
    print_c("down");
    jam_step();
    print_c("step");
    jam_triangle();
    print_c("triangle");
    for (int n = 0; n <= 4; n++)
        printf("float %d %.9g %.9g\n", jam_float(n), H[2][0], H[2][n > 0 ? n - 1 : 0]);
    printf("local %.17g\n", jam_local());
    keep_alias();
    print_c("alias");
    double a[9], b[9], c[9];
    for (int k = 0; k < 9; k++) {
        a[k] = A[k % M][k];
        b[k] = B[k][k % N];
    }
    keep_pointers(a, b, c, 3);
    printf("pointers %.17g %.17g\n", c[0], c[8]);
    keep_pointers(a, a, a, 3);
    printf("pointers, same array %.17g %.17g\n", a[0], a[8]);
    double r[27];
    for (int k = 0; k < 27; k++)
        r[k] = (double)(k % 5) - 1.25;
    jam_restrict(r, r + 9, r + 18, 3);
    keep_half_restrict(r + 9, r + 18, r, 3);
    jam_restrict(a, b, c, 3);
    printf("restrict %.17g %.17g %.17g %.17g\n", r[0], r[26], c[0], c[8]);
    keep_ragged();
    print_c("ragged");
    printf("carried %.17g\n", keep_carried());
    printf("int %ld\n", keep_int());
    keep_call();
    printf("call %.17g\n", D[3][N - 1]);
    keep_two_stores();
    print_c("two stores");
    printf("two stores %.17g\n", D[M - 1][N - 1]);
    return 0;
}
