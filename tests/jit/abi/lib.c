/* The ABI test library (see lib.h). Compiled with gcc -shared -fPIC -O2. */
#include "lib.h"
#include <stdarg.h>
#include <string.h>

int lib_counter = 100;
const char lib_name[] = "abi-lib";

int bump_counter(int by)
{
    lib_counter += by;
    return lib_counter;
}

S1c make_S1c(int s) { S1c r = { (char)('a' + s) }; return r; }
S1c mod_S1c(S1c x) { x.a = (char)(x.a + 1); return x; }
Ssc make_Ssc(int s) { Ssc r = { (short)(-1000 * s), (char)('A' + s) }; return r; }
Ssc mod_Ssc(Ssc x) { x.a = (short)(x.a - 7); x.b = (char)(x.b + 2); return x; }
S2i make_S2i(int s) { S2i r = { s, -s * 3 }; return r; }
S2i mod_S2i(S2i x) { x.a *= 10; x.b += 1; return x; }
Sc3 make_Sc3(int s) { Sc3 r = { { (char)('x' - s), (char)('0' + s), (char)('k' + s) } }; return r; }
Sc3 mod_Sc3(Sc3 x) { x.c[0]++; x.c[1]++; x.c[2]--; return x; }
Sif make_Sif(int s) { Sif r = { s * 7, s * 0.25f }; return r; }
Sif mod_Sif(Sif x) { x.a -= 1; x.b *= 4; return x; }
S2l make_S2l(int s) { S2l r = { s * 1000000000000L, -s }; return r; }
S2l mod_S2l(S2l x) { x.a += 5; x.b *= -2; return x; }
Sc13 make_Sc13(int s)
{
    Sc13 r;
    for (int i = 0; i < 13; i++)
        r.c[i] = (char)('a' + (s + i) % 26);
    return r;
}
Sc13 mod_Sc13(Sc13 x)
{
    for (int i = 0; i < 13; i++)
        x.c[i] = (char)(x.c[i] - 32);
    return x;
}
Sia3 make_Sia3(int s) { Sia3 r = { { s, s * s, -s } }; return r; }
Sia3 mod_Sia3(Sia3 x) { x.a[0] += 100; x.a[1] -= 100; x.a[2] *= 3; return x; }
Ss5 make_Ss5(int s) { Ss5 r = { { (short)s, (short)(s + 1), (short)(s + 2), (short)(s + 3), (short)-s } }; return r; }
Ss5 mod_Ss5(Ss5 x)
{
    for (int i = 0; i < 5; i++)
        x.s[i] = (short)(x.s[i] * 11);
    return x;
}
S1d make_S1d(int s) { S1d r = { s * 1.5 }; return r; }
S1d mod_S1d(S1d x) { x.a = -x.a / 4; return x; }
S2f make_S2f(int s) { S2f r = { s * 0.5f, s * -2.0f }; return r; }
S2f mod_S2f(S2f x) { x.a += 1; x.b *= 2; return x; }
S3f make_S3f(int s) { S3f r = { s * 1.0f, s * 2.0f, s * 3.25f }; return r; }
S3f mod_S3f(S3f x) { x.a -= 0.5f; x.b += 0.5f; x.c *= -1; return x; }
S2d make_S2d(int s) { S2d r = { s * 0.125, s * 1e10 }; return r; }
S2d mod_S2d(S2d x) { x.a *= 8; x.b /= 1e5; return x; }
Sfa4 make_Sfa4(int s) { Sfa4 r = { { (float)s, s + 0.5f, s + 0.25f, -(float)s } }; return r; }
Sfa4 mod_Sfa4(Sfa4 x)
{
    for (int i = 0; i < 4; i++)
        x.f[i] *= 2;
    return x;
}
Snest make_Snest(int s) { Snest r = { { s * 1.5f, s * 2.5f }, s * -0.75 }; return r; }
Snest mod_Snest(Snest x) { x.p.x += 1; x.p.y -= 1; x.d *= 2; return x; }
Sdl make_Sdl(int s) { Sdl r = { s * 3.5, s * -100L }; return r; }
Sdl mod_Sdl(Sdl x) { x.d += 0.25; x.l += 1; return x; }
Sld make_Sld(int s) { Sld r = { s * 12345L, s * 0.0625 }; return r; }
Sld mod_Sld(Sld x) { x.l *= 2; x.d -= 1; return x; }
Sfif make_Sfif(int s) { Sfif r = { s * 0.5f, -s, s * 4.0f }; return r; }
Sfif mod_Sfif(Sfif x) { x.a += 1; x.b -= 1; x.c /= 2; return x; }
Siff make_Siff(int s) { Siff r = { s * 9, s * 0.75f, s * -1.25f }; return r; }
Siff mod_Siff(Siff x) { x.a++; x.b *= 2; x.c += 10; return x; }
Sffi make_Sffi(int s) { Sffi r = { s * 2.5f, s * 0.125f, s * -9 }; return r; }
Sffi mod_Sffi(Sffi x) { x.a -= 3; x.b *= 8; x.c *= 2; return x; }
S24 make_S24(int s) { S24 r = { s, s * 2L << 33, -s * 3L }; return r; }
S24 mod_S24(S24 x) { x.a += 1; x.b >>= 1; x.c *= 5; return x; }
S40 make_S40(int s)
{
    S40 r;
    memset(&r, 0, sizeof r);
    r.a = s * 0.5;
    r.b = -s * 1000000007L;
    for (int i = 0; i < 4; i++)
        r.c[i] = s + i;
    for (int i = 0; i < 7; i++)
        r.d[i] = (char)('m' + (s + i) % 13);
    r.d[7] = 0;
    return r;
}
S40 mod_S40(S40 x)
{
    x.a *= -2;
    x.b += 3;
    for (int i = 0; i < 4; i++)
        x.c[i] *= 10;
    x.d[0] = 'Z';
    return x;
}
Sldt make_Sldt(int s) { Sldt r = { s * 0.375L }; return r; }
Sldt mod_Sldt(Sldt x) { x.x = x.x * 4 + 1; return x; }
Sldi make_Sldi(int s) { Sldi r = { s * -2.5L, s * 3 }; return r; }
Sldi mod_Sldi(Sldi x) { x.x /= 2; x.tag -= 100; return x; }
Si128 make_Si128(int s) { Si128 r = { ((__int128)s << 70) - s }; return r; }
Si128 mod_Si128(Si128 x) { x.v = x.v * 3 + 1; return x; }
Sci128 make_Sci128(int s) { Sci128 r = { (char)('0' + s), -((__int128)s << 65) }; return r; }
Sci128 mod_Sci128(Sci128 x) { x.c++; x.v += ((__int128)1 << 100); return x; }
Spk7 make_Spk7(int s) { Spk7 r = { (char)('p' + s), s * -70000, (short)(s * 11) }; return r; }
Spk7 mod_Spk7(Spk7 x) { x.c--; x.i += 1; x.s = (short)(x.s * 2); return x; }
Spk5 make_Spk5(int s) { Spk5 r = { s * 123456, (char)('e' + s) }; return r; }
Spk5 mod_Spk5(Spk5 x) { x.i = -x.i; x.c++; return x; }
Udl make_Udl(int s) { Udl r; r.d = s * 2.75; return r; }
Udl mod_Udl(Udl x) { x.l = (long)((unsigned long)x.l ^ (1UL << 63)); return x; }
Ufd make_Ufd(int s) { Ufd r; r.f[0] = s * 1.5f; r.f[1] = s * -0.5f; return r; }
Ufd mod_Ufd(Ufd x) { x.f[0] += 10; x.f[1] -= 10; return x; }

#define ABI_DEFINE_CALLS(T)                                   \
    T call_ret_##T(T (*f)(int), int seed) { return mod_##T(f(seed)); } \
    T call_id_##T(T (*f)(T, int), T x, int k) { return f(x, k); }
ABI_KINDS(ABI_DEFINE_CALLS)
ABI_LD_KINDS(ABI_DEFINE_CALLS)

long take_5_ll(long a, long b, long c, long d, long e, S2l s, long f)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 100 * s.a + 1000 * s.b + 10000 * f;
}

long take_6_l_S2i(long a, long b, long c, long d, long e, long f, S2i s, long g)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 100 * s.a + 1000 * s.b + 10000 * g;
}

long take_5_l_Sdl_Sld(long a, long b, long c, long d, long e, Sdl s, Sld t, long f)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + (long)(s.d * 100) + s.l * 1000 + t.l * 10000 + (long)(t.d * 100000) + f * 1000000;
}

double take_7_d(double a, double b, double c, double d, double e, double f, double g, S2d s, double h)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 100 * s.a + 1000 * s.b + 10000 * h;
}

double take_8_d_S2d(double a, double b, double c, double d, double e, double f, double g, double h, S2d s)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 100 * s.a + 1000 * s.b;
}

double take_9_d_S3f_S1d(double a, double b, double c, double d, double e, double f, double g, double h,
                        double i, S3f s, S1d t)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 100 * s.a + 1000 * s.b + 10000 * s.c + 100000 * t.a;
}

double take_many_structs(S2i a, S2l b, Sdl c, Sld d, S2d e, S3f f, Sfif g, S1c h, Sc13 i, S24 j, S2f k)
{
    double r = a.a + 2.0 * a.b;
    r = r * 3 + b.a + 2.0 * b.b;
    r = r * 3 + c.d + 2.0 * c.l;
    r = r * 3 + d.l + 2.0 * d.d;
    r = r * 3 + e.a + 2.0 * e.b;
    r = r * 3 + f.a + 2.0 * f.b + 3.0 * f.c;
    r = r * 3 + g.a + 2.0 * g.b + 3.0 * g.c;
    r = r * 3 + h.a;
    for (int n = 0; n < 13; n++)
        r = r * 1.5 + i.c[n];
    r = r * 3 + j.a + 2.0 * j.b + 3.0 * j.c;
    r = r * 3 + k.a + 2.0 * k.b;
    return r;
}

double take_mixed_scalars(char a, short b, int c, long d, float e, double f, unsigned char g, unsigned short h,
                          float i, double j, long k, float l, double m, int n, double o, float p)
{
    return a + 2.0 * b + 3.0 * c + 4.0 * d + 5 * e + 6 * f + 7.0 * g + 8.0 * h + 9 * i + 10 * j + 11.0 * k + 12 * l
           + 13 * m + 14.0 * n + 15 * o + 16 * p;
}

long double take_ld_mix(int a, long double b, double c, Sldt d, long double e, int f)
{
    return a + b * 2 + c * 4 + d.x * 8 + e * 16 + f * 32;
}

signed char neg_schar(signed char x) { return (signed char)-x; }
unsigned char add_uchar(unsigned char a, unsigned char b) { return (unsigned char)(a + b); }
short neg_short(short x) { return (short)-x; }
unsigned short add_ushort(unsigned short a, unsigned short b) { return (unsigned short)(a + b); }
_Bool is_positive(long x) { return x > 0; }
float scale_float(float x, int k) { return x * (float)k; }

S2d apply_S2d(S2d (*f)(S2d, S2d), S2d a, S2d b)
{
    S2d r = f(a, b);
    r.a += 1;
    return r;
}

S24 apply_S24(S24 (*f)(S24, long), S24 a, long k)
{
    S24 r = f(a, k);
    r.c += 1000;
    return r;
}

Sfif apply_Sfif(Sfif (*f)(Sfif, Sld), Sfif a, Sld b)
{
    Sfif r = f(a, b);
    r.b *= 2;
    return r;
}

Sldi apply_Sldi(Sldi (*f)(Sldi), Sldi a)
{
    Sldi r = f(a);
    r.tag += 1;
    return r;
}

long double apply_ld(long double (*f)(long double, int), long double x, int k)
{
    return f(x, k) + f(x * 2, k + 1);
}

double apply_many(double (*f)(long, long, long, long, long, long, long, S2l, double, double, double, double,
                              double, double, double, double, double, S2d, float),
                  int seed)
{
    S2l s = { seed * 10L, seed * 20L };
    S2d d = { seed * 0.5, seed * 0.25 };
    return f(seed, seed + 1, seed + 2, seed + 3, seed + 4, seed + 5, seed + 6, s,
             1.0 * seed, 2.0 * seed, 3.0 * seed, 4.0 * seed, 5.0 * seed, 6.0 * seed, 7.0 * seed, 8.0 * seed, 9.0 * seed,
             d, 0.5f * seed);
}

void sort_S2i(S2i *v, int n, int (*cmp)(S2i, S2i))
{
    /* insertion sort: every comparison is a call into the caller's code */
    for (int i = 1; i < n; i++) {
        S2i x = v[i];
        int j = i - 1;
        while (j >= 0 && cmp(v[j], x) > 0) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

Si128 apply_Si128(Si128 (*f)(Si128, __int128, long), Si128 a)
{
    return f(a, -((__int128)7 << 80), 99);
}

double apply_variadic(double (*f)(const char *fmt, ...))
{
    S2d d = { 0.5, 0.25 };
    S24 m = { 1, 2, 3 };
    double a = f("idid", 1, 2.5, 3, 4.5);
    double b = f("dddddddddd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    double c = f("iiiiiiiiid", 1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5);
    double e = f("pmipd", d, m, 7, d, 8.0);
    return a + 10 * b + 100 * c + 1000 * e;
}

void apply_all(void (*f)(S1c, Ssc, Sc3, Sif, Sc13, S3f, Snest, Sffi, Spk7, Spk5, Udl, Ufd, S40, Sci128), int seed)
{
    f(make_S1c(seed), make_Ssc(seed), make_Sc3(seed), make_Sif(seed), make_Sc13(seed), make_S3f(seed), make_Snest(seed),
      make_Sffi(seed), make_Spk7(seed), make_Spk5(seed), make_Udl(seed), make_Ufd(seed), make_S40(seed), make_Sci128(seed));
}

static long op_add(long a, long b) { return a + b; }
static long op_mul(long a, long b) { return a * b; }
lib_binop get_lib_op(char op) { return op == '+' ? op_add : op_mul; }

void fill_layout(struct Layout *l)
{
    memset(l, 0, sizeof *l);
    l->c = 'L';
    l->u3 = 5;
    l->s5 = -9;
    l->w40 = 0xABCDEF1234ULL;
    l->sh = -1234;
    l->aligned16 = 1616;
    l->packed.pc = 'p';
    l->packed.pl = -987654321012L;
    l->tail = 1;
    l->d = 6.5;
    l->arr[0] = 10;
    l->arr[1] = 20;
    l->arr[2] = 30;
}

unsigned long layout_info(int which)
{
    switch (which) {
    case 0: return sizeof(struct Layout);
    case 1: return _Alignof(struct Layout);
    case 2: return __builtin_offsetof(struct Layout, sh);
    case 3: return __builtin_offsetof(struct Layout, aligned16);
    case 4: return __builtin_offsetof(struct Layout, packed);
    case 5: return __builtin_offsetof(struct Layout, d);
    case 6: return __builtin_offsetof(struct Layout, arr);
    default: return 0;
    }
}

long sum_layout(struct Layout l)
{
    return l.c + l.u3 * 10 + l.s5 * 100 + (long)(l.w40 & 0xFFFF) + l.sh + l.aligned16 + l.packed.pc + l.packed.pl + l.tail
           + (long)l.d + l.arr[0] + l.arr[1] + l.arr[2];
}

double sum_doubles(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++)
        s = s * 2 + va_arg(ap, double);
    va_end(ap);
    return s;
}

double sum_mixed(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    double s = 0;
    for (const char *p = fmt; *p; p++) {
        s *= 3;
        switch (*p) {
        case 'i': s += va_arg(ap, int); break;
        case 'd': s += va_arg(ap, double); break;
        case 'l': s += (double)va_arg(ap, long); break;
        case 'f': s += va_arg(ap, double); break;
        case 'p': {
            S2d d = va_arg(ap, S2d);
            s += d.a + 2 * d.b;
            break;
        }
        case 's': {
            S2l l = va_arg(ap, S2l);
            s += (double)l.a + 2.0 * (double)l.b;
            break;
        }
        case 'm': {
            S40 m = va_arg(ap, S40);
            s += m.a + (double)m.b + m.c[3] + m.d[0];
            break;
        }
        }
    }
    va_end(ap);
    return s;
}

long double ld_mul(long double a, long double b) { return a * b; }
long double ld_from_double(double d) { return (long double)d * 2; }
double ld_to_double(long double x) { return (double)(x / 4); }
__int128 i128_mul(__int128 a, __int128 b) { return a * b; }
unsigned __int128 u128_shift(int a, unsigned __int128 b, int c, unsigned __int128 d, unsigned __int128 e)
{
    return (b << a) + (d >> c) + e;
}

__int128 i128_late(long a, long b, long c, long d, long e, __int128 x, long y)
{
    return a + 2 * b + 3 * c + 4 * d + 5 * e + x * 1000 + (__int128)y * 1000000;
}

long i128_stack_align(long a, long b, long c, long d, long e, long f, long g, Si128 s, long h, __int128 x, long y)
{
    return a + b + c + d + e + f + 7 * g + 100 * (long)s.v + 1000 * h + 10000 * (long)x + 100000 * y;
}

long apply_i128_late(long (*f)(long, long, long, long, long, __int128, long, Si128, long))
{
    Si128 s = { 9 };
    return f(1, 2, 3, 4, 5, (__int128)6, 7, s, 8);
}

__int128 i128_vsum(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    __int128 s = 0;
    for (int i = 0; i < n; i++) {
        int k = va_arg(ap, int);
        s += va_arg(ap, __int128) * k;
    }
    va_end(ap);
    return s;
}
