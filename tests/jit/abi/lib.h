/* The ABI test library: functions taking and returning every System V x86-64 class of
 * struct by value, calls that run out of registers in the middle of the argument list,
 * callbacks into the caller's functions, variadic functions, long double and __int128.
 * lib.c is compiled by gcc into a shared library; main.c runs under `cir run -l lib.so`. */
#ifndef ABI_LIB_H
#define ABI_LIB_H

/* INTEGER class, one eightbyte */
typedef struct { char a; } S1c;
typedef struct { short a; char b; } Ssc;
typedef struct { int a, b; } S2i;
typedef struct { char c[3]; } Sc3;
typedef struct { int a; float b; } Sif;           /* int + float in one eightbyte: INTEGER */
/* INTEGER, INTEGER */
typedef struct { long a, b; } S2l;
typedef struct { char c[13]; } Sc13;
typedef struct { int a[3]; } Sia3;
typedef struct { short s[5]; } Ss5;
/* SSE */
typedef struct { double a; } S1d;
typedef struct { float a, b; } S2f;
/* SSE, SSE */
typedef struct { float a, b, c; } S3f;
typedef struct { double a, b; } S2d;
typedef struct { float f[4]; } Sfa4;
typedef struct { struct { float x, y; } p; double d; } Snest;
/* mixed eightbytes */
typedef struct { double d; long l; } Sdl;         /* SSE, INTEGER */
typedef struct { long l; double d; } Sld;         /* INTEGER, SSE */
typedef struct { float a; int b; float c; } Sfif; /* INTEGER, SSE */
typedef struct { int a; float b; float c; } Siff; /* INTEGER, SSE */
typedef struct { float a; float b; int c; } Sffi; /* SSE, INTEGER */
/* MEMORY class (more than 16 bytes) */
typedef struct { long a, b, c; } S24;
typedef struct { double a; long b; int c[4]; char d[8]; } S40;
/* long double: X87 class (memory as an argument, st0 as a result), and larger */
typedef struct { long double x; } Sldt;
typedef struct { long double x; int tag; } Sldi;
/* __int128 members */
typedef struct { __int128 v; } Si128;
typedef struct { char c; __int128 v; } Sci128;    /* 32 bytes: MEMORY */
/* packed: the misaligned int makes it MEMORY; the aligned one stays INTEGER */
typedef struct __attribute__((packed)) { char c; int i; short s; } Spk7;
typedef struct __attribute__((packed)) { int i; char c; } Spk5;
/* unions */
typedef union { double d; long l; } Udl;          /* INTEGER */
typedef union { float f[2]; double d; } Ufd;      /* SSE */

/* every struct kind above: the ones without long double, and the long double ones */
#define ABI_KINDS(X) X(S1c) X(Ssc) X(S2i) X(Sc3) X(Sif) X(S2l) X(Sc13) X(Sia3) X(Ss5) X(S1d) X(S2f) X(S3f) \
    X(S2d) X(Sfa4) X(Snest) X(Sdl) X(Sld) X(Sfif) X(Siff) X(Sffi) X(S24) X(S40) X(Si128) X(Sci128) X(Spk7)     \
    X(Spk5) X(Udl) X(Ufd)
#define ABI_LD_KINDS(X) X(Sldt) X(Sldi)

/* callbacks of every kind: call_ret_X returns mod_X(f(seed)) (the caller's f returns an X to
 * gcc code); call_id_X returns f(x, k) (the caller's f receives an X from gcc code) */
#define ABI_DECLARE_CALLS(T) T call_ret_##T(T (*f)(int), int seed); T call_id_##T(T (*f)(T, int), T x, int k);
ABI_KINDS(ABI_DECLARE_CALLS)
ABI_LD_KINDS(ABI_DECLARE_CALLS)

/* one maker and one modifier per kind: make_X builds from a seed, mod_X changes each member */
S1c make_S1c(int seed);      S1c mod_S1c(S1c x);
Ssc make_Ssc(int seed);      Ssc mod_Ssc(Ssc x);
S2i make_S2i(int seed);      S2i mod_S2i(S2i x);
Sc3 make_Sc3(int seed);      Sc3 mod_Sc3(Sc3 x);
Sif make_Sif(int seed);      Sif mod_Sif(Sif x);
S2l make_S2l(int seed);      S2l mod_S2l(S2l x);
Sc13 make_Sc13(int seed);    Sc13 mod_Sc13(Sc13 x);
Sia3 make_Sia3(int seed);    Sia3 mod_Sia3(Sia3 x);
Ss5 make_Ss5(int seed);      Ss5 mod_Ss5(Ss5 x);
S1d make_S1d(int seed);      S1d mod_S1d(S1d x);
S2f make_S2f(int seed);      S2f mod_S2f(S2f x);
S3f make_S3f(int seed);      S3f mod_S3f(S3f x);
S2d make_S2d(int seed);      S2d mod_S2d(S2d x);
Sfa4 make_Sfa4(int seed);    Sfa4 mod_Sfa4(Sfa4 x);
Snest make_Snest(int seed);  Snest mod_Snest(Snest x);
Sdl make_Sdl(int seed);      Sdl mod_Sdl(Sdl x);
Sld make_Sld(int seed);      Sld mod_Sld(Sld x);
Sfif make_Sfif(int seed);    Sfif mod_Sfif(Sfif x);
Siff make_Siff(int seed);    Siff mod_Siff(Siff x);
Sffi make_Sffi(int seed);    Sffi mod_Sffi(Sffi x);
S24 make_S24(int seed);      S24 mod_S24(S24 x);
S40 make_S40(int seed);      S40 mod_S40(S40 x);
Sldt make_Sldt(int seed);    Sldt mod_Sldt(Sldt x);
Sldi make_Sldi(int seed);    Sldi mod_Sldi(Sldi x);
Si128 make_Si128(int seed);  Si128 mod_Si128(Si128 x);
Sci128 make_Sci128(int seed); Sci128 mod_Sci128(Sci128 x);
Spk7 make_Spk7(int seed);    Spk7 mod_Spk7(Spk7 x);
Spk5 make_Spk5(int seed);    Spk5 mod_Spk5(Spk5 x);
Udl make_Udl(int seed);      Udl mod_Udl(Udl x);
Ufd make_Ufd(int seed);      Ufd mod_Ufd(Ufd x);

/* registers run out in the middle of the list */
long take_5_ll(long a, long b, long c, long d, long e, S2l s, long f);    /* s in memory, f in r9 */
long take_6_l_S2i(long a, long b, long c, long d, long e, long f, S2i s, long g);
long take_5_l_Sdl_Sld(long a, long b, long c, long d, long e, Sdl s, Sld t, long f);
double take_7_d(double a, double b, double c, double d, double e, double f, double g, S2d s, double h);
double take_8_d_S2d(double a, double b, double c, double d, double e, double f, double g, double h, S2d s);
double take_9_d_S3f_S1d(double a, double b, double c, double d, double e, double f, double g, double h,
                        double i, S3f s, S1d t);
double take_many_structs(S2i a, S2l b, Sdl c, Sld d, S2d e, S3f f, Sfif g, S1c h, Sc13 i, S24 j, S2f k);
double take_mixed_scalars(char a, short b, int c, long d, float e, double f, unsigned char g, unsigned short h,
                          float i, double j, long k, float l, double m, int n, double o, float p);
long double take_ld_mix(int a, long double b, double c, Sldt d, long double e, int f);

/* small scalar results that the caller must extend */
signed char neg_schar(signed char x);
unsigned char add_uchar(unsigned char a, unsigned char b);
short neg_short(short x);
unsigned short add_ushort(unsigned short a, unsigned short b);
_Bool is_positive(long x);
float scale_float(float x, int k);

/* callbacks: gcc code calls functions of main.c */
S2d apply_S2d(S2d (*f)(S2d, S2d), S2d a, S2d b);
S24 apply_S24(S24 (*f)(S24, long), S24 a, long k);
Sfif apply_Sfif(Sfif (*f)(Sfif, Sld), Sfif a, Sld b);
Sldi apply_Sldi(Sldi (*f)(Sldi), Sldi a);
long double apply_ld(long double (*f)(long double, int), long double x, int k);
double apply_many(double (*f)(long, long, long, long, long, long, long, S2l, double, double, double, double,
                              double, double, double, double, double, S2d, float),
                  int seed);
void sort_S2i(S2i *v, int n, int (*cmp)(S2i, S2i));
/* calls the caller's variadic function f with ints, doubles and structs */
double apply_variadic(double (*f)(const char *fmt, ...));
/* calls the caller's f with one argument of many kinds */
void apply_all(void (*f)(S1c, Ssc, Sc3, Sif, Sc13, S3f, Snest, Sffi, Spk7, Spk5, Udl, Ufd, S40, Sci128), int seed);
/* a function pointer into the library */
typedef long (*lib_binop)(long, long);
lib_binop get_lib_op(char op);
Si128 apply_Si128(Si128 (*f)(Si128, __int128, long), Si128 a);

/* variadic */
double sum_doubles(int n, ...);
double sum_mixed(const char *fmt, ...); /* i=int d=double l=long f=float(promoted) p=S2d s=S2l m=S40 */

/* long double and __int128 scalars */
long double ld_mul(long double a, long double b);
long double ld_from_double(double d);
double ld_to_double(long double x);
__int128 i128_mul(__int128 a, __int128 b);
unsigned __int128 u128_shift(int a, unsigned __int128 b, int c, unsigned __int128 d, unsigned __int128 e);
/* x does not fit in the one register left: it goes to the stack and y takes r9 */
__int128 i128_late(long a, long b, long c, long d, long e, __int128 x, long y);
/* variadic: pairs of (int k, __int128 v), summing k * v */
__int128 i128_vsum(int n, ...);
/* stack arguments of 16-byte alignment: after an odd number of eightbytes they are padded */
long i128_stack_align(long a, long b, long c, long d, long e, long f, long g, Si128 s, long h, __int128 x, long y);
/* the library calls back with an __int128 that no longer fits in registers */
long apply_i128_late(long (*f)(long, long, long, long, long, __int128, long, Si128, long));

/* layout: the library fills it, the caller reads it (bit-fields, alignment, packing) */
struct Layout {
    char c;
    unsigned u3 : 3;
    signed s5 : 5;
    unsigned long long w40 : 40;
    short sh;
    _Alignas(16) int aligned16;
    struct __attribute__((packed)) { char pc; long pl; } packed;
    unsigned char tail : 1;
    double d;
    int arr[3];
};
void fill_layout(struct Layout *l);
unsigned long layout_info(int which); /* 0: sizeof, 1: _Alignof, 2..: offsets of members */
long sum_layout(struct Layout l);     /* by value: MEMORY class */

/* data */
extern int lib_counter;
extern const char lib_name[];
int bump_counter(int by);

#endif
