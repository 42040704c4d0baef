/* Loops whose array accesses move by a fixed stride (the JIT's loop strength reduction turns
 * them into pointers the loop carries): int and long indexes, up and down, several back edges
 * with different steps, nested loops, struct strides, offsets near the int limits, and loops
 * that must be left alone (unsigned wrap-around, indexes changed in the body). */
#include <limits.h>
#include <stdio.h>
#include <string.h>

struct rec {
    int id;
    double w;
    char tag[5];
};

static unsigned long mix(unsigned long h, long v)
{
    return (h ^ (unsigned long)v) * 1099511628211UL;
}

/* Hex digits, least significant first, then copied reversed behind a prefix. */
static int hex_name(char *out, unsigned long v)
{
    static const char hex[] = "0123456789abcdef";
    char rev[20];
    int len;
    for (len = 0; len == 0 || v != 0; len++, v >>= 4)
        rev[len] = hex[v & 15];
    out[0] = 'x';
    out[1] = '-';
    for (int k = len - 1; k >= 0; k--)
        out[2 + (len - 1 - k)] = rev[k];
    out[len + 2] = 0;
    return len + 2;
}

static double A[7][9], B[9][5], C[7][5];

static void matmul(void)
{
    for (int i = 0; i < 7; i++)
        for (int j = 0; j < 5; j++) {
            double s = 0;
            for (int k = 0; k < 9; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
}

/* Steps that differ between back edges, and a back edge that passes the index unchanged. */
static long uneven(const short *a, int n)
{
    long s = 0;
    int i = 0, rounds = 0;
    while (i < n) {
        rounds++;
        if (a[i] % 3 == 0) {
            s += a[i] * 2 + a[i + 1];
            i += 2;
            continue;
        }
        if (a[i] % 5 == 0 && rounds % 2 == 0) {
            s -= a[i];
            continue; /* i unchanged this time */
        }
        s += a[i];
        i += 3;
    }
    return s * 100 + rounds;
}

static long down(const int *a, int n)
{
    long s = 0;
    for (int i = n - 1; i >= 0; i--)
        s = s * 3 + a[i] - a[n - 1 - i];
    return s;
}

static long strides(struct rec *r, long n)
{
    long s = 0;
    for (long i = 0; i < n; i++) {
        r[i].w = r[i].id * 0.5 + (double)i;
        r[i].tag[i % 5] = (char)('a' + i);
        s += r[i].id + r[n - 1 - i].id * 7;
    }
    return s;
}

/* Index near INT_MAX: the int additions do not overflow, their sign extension must be exact. */
static long near_limit(void)
{
    static int a[64];
    long s = 0;
    for (int i = INT_MAX - 40; i < INT_MAX - 8; i++)
        a[i - (INT_MAX - 48)] = i & 0xff;
    for (int i = INT_MIN + 8; i < INT_MIN + 40; i += 2)
        s += a[i - INT_MIN] * (long)(i - INT_MIN);
    return s;
}

/* Unsigned indexes wrap: `(unsigned char)(k + 250)` is not affine in k. */
static long wrapping(void)
{
    unsigned char a[256];
    long s = 0;
    for (int k = 0; k < 256; k++)
        a[k] = (unsigned char)(k * 7);
    for (unsigned k = 0; k < 20; k++) {
        unsigned char j = (unsigned char)(k + 250);
        s = s * 31 + a[j];
    }
    for (unsigned u = 4294967290u; u != 5; u++)
        s += a[u & 255];
    return s;
}

/* The index changes inside the body in ways that are not a fixed step. */
static long irregular(const int *a, int n)
{
    long s = 0;
    int i = 0;
    while (i < n) {
        s = s * 7 + a[i];
        i = (a[i] & 1) ? i + 1 : i + 2 + (i & 1);
    }
    return s;
}

/* A pointer parameter, a local array, a negative stride through a pointer to the middle, and
 * an access whose load and store share the address. */
static long mixed(long *p, int n)
{
    long local[40];
    long *mid = local + 20;
    for (int k = 0; k < 40; k++)
        local[k] = k * k - 50;
    long s = 0;
    for (int k = 0; k < n; k++) {
        p[k] += p[k + 1] + mid[-k % 20] + mid[k % 20 - 20];
        s += p[k] * 3 + mid[-(k % 20)];
    }
    return s;
}

/* A large constant offset that does not fit in the load's offset next to the stride. */
static long far(void)
{
    static char big[3 << 20];
    long s = 0;
    for (int i = 0; i < 100; i++)
        big[i * 3 + (3 << 20) - 400] = (char)i;
    for (int i = 0; i < 100; i++)
        s += big[(3 << 20) - 400 + 3 * i] + big[i * 3 + 1];
    return s;
}

int main(void)
{
    char key[32];
    unsigned long h = 14695981039346656037UL;
    for (unsigned long v = 0; v < 2000; v += 37) {
        int len = hex_name(key, v * 2654435761UL % 1000000007UL);
        for (int i = 0; i < len; i++)
            h = mix(h, key[i]);
    }
    printf("keys %lu (%s)\n", h, key);

    for (int i = 0; i < 7; i++)
        for (int k = 0; k < 9; k++)
            A[i][k] = (i * 3 + k) % 11 - 4.5;
    for (int k = 0; k < 9; k++)
        for (int j = 0; j < 5; j++)
            B[k][j] = (k * 7 + j * 2) % 13 * 0.25;
    matmul();
    double cs = 0;
    for (int i = 0; i < 7; i++)
        for (int j = 0; j < 5; j++)
            cs += C[i][j] * (i + 2 * j + 1);
    printf("matmul %.6f\n", cs);

    short sh[80];
    for (int i = 0; i < 80; i++)
        sh[i] = (short)((i * 37) % 101 - 20);
    printf("uneven %ld\n", uneven(sh, 78));

    int ints[50];
    for (int i = 0; i < 50; i++)
        ints[i] = (i * 13) % 17 - 8;
    printf("down %ld\n", down(ints, 50));
    printf("irregular %ld\n", irregular(ints, 50));

    struct rec recs[12];
    memset(recs, 0, sizeof recs);
    for (int i = 0; i < 12; i++)
        recs[i].id = i * i - 10;
    long st = strides(recs, 12);
    double ws = 0;
    for (int i = 0; i < 12; i++)
        ws += recs[i].w + recs[i].tag[i % 5];
    printf("strides %ld %.2f\n", st, ws);

    printf("near_limit %ld\n", near_limit());
    printf("wrapping %ld\n", wrapping());

    long ps[31];
    for (int i = 0; i < 31; i++)
        ps[i] = i * 5 - 60;
    long m = mixed(ps, 30);
    long psum = 0;
    for (int i = 0; i < 31; i++)
        psum = psum * 3 + ps[i];
    printf("mixed %ld %ld\n", m, psum);
    printf("far %ld\n", far());
    return 0;
}
