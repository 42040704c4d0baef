/* Calls with more than 6 integer and more than 8 floating-point arguments (the rest go on
 * the stack), interleaved, with small integer kinds that must be extended, floats, structs
 * after the registers ran out, and such calls made through function pointers and to libc. */
#include <stdio.h>
#include <string.h>

static long ints10(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}

static double dbl12(double a, double b, double c, double d, double e, double f, double g, double h,
                    double i, double j, double k, double l)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

static double interleaved(int a, double b, char c, float d, short e, double f, long g, float h,
                          unsigned char i, double j, long long k, double l, int m, double n,
                          unsigned short o, double p, signed char q, float r, int s, double t)
{
    printf("interleaved %d %.2f %d %.2f %d %.2f %ld %.2f %u %.2f %lld %.2f %d %.2f %u %.2f %d %.2f %d %.2f\n",
           a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t);
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t;
}

static float floats10(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j)
{
    return a - b + c - d + e - f + g - h + i - j;
}

struct P2 { long x, y; };
struct D2 { double x, y; };
struct Mix { int i; float f; double d; };

static long structs_late(long a, long b, long c, long d, long e, struct P2 p, long f, struct P2 q)
{
    return a + b + c + d + e + f + p.x * 100 + p.y * 1000 + q.x * 10000 + q.y * 100000;
}

static double dstructs_late(double a, double b, double c, double d, double e, double f, double g,
                            struct D2 s, double h, struct D2 t)
{
    return a + b + c + d + e + f + g + h + s.x * 100 + s.y * 1000 + t.x * 10000 + t.y * 100000;
}

static double mix_late(int a, int b, int c, int d, double e, double f, double g, double h, double i,
                       double j, double k, struct Mix m, struct Mix n, int z)
{
    return a + b + c + d + e + f + g + h + i + j + k + m.i + m.f + m.d + 10 * (n.i + n.f + n.d) + z;
}

static char chars9(char a, char b, char c, char d, char e, char f, char g, char h, char i)
{
    char s[10] = { a, b, c, d, e, f, g, h, i, 0 };
    printf("chars %s\n", s);
    return (char)(a + i);
}

static unsigned short narrow(unsigned char a, signed char b, unsigned short c, short d, _Bool e,
                             unsigned char f, signed char g, unsigned short h, short i)
{
    return (unsigned short)(a + b + c + d + e + f + g + h + i);
}

int main(void)
{
    printf("ints10 %ld\n", ints10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("ints10 neg %ld\n", ints10(-1, -2, -3, -4, -5, -6, -7, -8, -9, 1L << 40));
    printf("dbl12 %.3f\n", dbl12(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5));
    double r = interleaved(1, 2.5, 'c', 3.5f, -4, 5.5, 6000000000L, 7.5f, 200, 8.5, -9LL, 10.5, 11, 12.5,
                           65000, 13.5, -14, 15.5f, 16, 17.5);
    printf("interleaved sum %.3f\n", r);
    printf("floats10 %.3f\n", floats10(1.5f, 2, 3, 4, 5, 6, 7, 8, 9, 10.25f));
    struct P2 p = { 1, 2 }, q = { 3, 4 };
    printf("structs_late %ld\n", structs_late(1, 2, 3, 4, 5, p, 6, q));
    struct D2 s = { 0.5, 0.25 }, t = { 0.125, 2 };
    printf("dstructs_late %.4f\n", dstructs_late(1, 2, 3, 4, 5, 6, 7, s, 8, t));
    struct Mix m = { 1, 2.5f, 3.25 }, n = { -4, 0.5f, 8 };
    printf("mix_late %.4f\n", mix_late(1, 2, 3, 4, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, m, n, 99));
    printf("chars9 %d\n", chars9('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'));
    printf("narrow %u\n", narrow(255, -128, 65535, -32768, 1, 1, 2, 3, 4));

    /* the same calls through function pointers */
    long (*pi)(long, long, long, long, long, long, long, long, long, long) = ints10;
    double (*pd)(double, double, double, double, double, double, double, double, double, double, double, double) = dbl12;
    printf("via ptr %ld %.3f\n", pi(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), pd(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1));
    /* libc with many arguments */
    char buf[200];
    snprintf(buf, sizeof buf, "%d %d %d %d %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f",
             1, 2, 3, 4, 5, 6, 7, 8, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    printf("%s\n", buf);
    /* nested calls as arguments */
    printf("nested %ld\n", ints10(ints10(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 2, 3, 4, 5, 6, 7, 8, 9,
                                  ints10(0, 0, 0, 0, 0, 0, 0, 0, 0, 1)));
    return 0;
}
