/* Calls into a gcc-compiled shared library (lib.c, see lib.h) with every System V class of
 * struct argument and result, and callbacks from the library into this file's functions.
 * Run as `cir run -l lib.so main.c SECTION`; the expected output is gcc's build of
 * main.c + lib.c. `main.c list` prints the sections; each runs on its own so that a crash
 * in one does not hide the results of the others (no argument: all of them).
 * NOTE: cir's JIT holds long double as double, so every long double printed here is a
 * value exactly representable as a double (the test checks how long doubles are passed). */
#include <stdio.h>
#include <string.h>
#include <stdarg.h>
#include <stddef.h>
#include "lib.h"

static void hex128(const char *tag, unsigned __int128 v)
{
    printf("%s 0x%016llx%016llx\n", tag, (unsigned long long)(v >> 64), (unsigned long long)v);
}

static void p_S1c(const char *t, S1c x) { printf("%s S1c %c\n", t, x.a); }
static void p_Ssc(const char *t, Ssc x) { printf("%s Ssc %d %c\n", t, x.a, x.b); }
static void p_S2i(const char *t, S2i x) { printf("%s S2i %d %d\n", t, x.a, x.b); }
static void p_Sc3(const char *t, Sc3 x) { printf("%s Sc3 %c%c%c\n", t, x.c[0], x.c[1], x.c[2]); }
static void p_Sif(const char *t, Sif x) { printf("%s Sif %d %.4f\n", t, x.a, x.b); }
static void p_S2l(const char *t, S2l x) { printf("%s S2l %ld %ld\n", t, x.a, x.b); }
static void p_Sc13(const char *t, Sc13 x) { printf("%s Sc13 %.13s\n", t, x.c); }
static void p_Sia3(const char *t, Sia3 x) { printf("%s Sia3 %d %d %d\n", t, x.a[0], x.a[1], x.a[2]); }
static void p_Ss5(const char *t, Ss5 x) { printf("%s Ss5 %d %d %d %d %d\n", t, x.s[0], x.s[1], x.s[2], x.s[3], x.s[4]); }
static void p_S1d(const char *t, S1d x) { printf("%s S1d %.4f\n", t, x.a); }
static void p_S2f(const char *t, S2f x) { printf("%s S2f %.4f %.4f\n", t, x.a, x.b); }
static void p_S3f(const char *t, S3f x) { printf("%s S3f %.4f %.4f %.4f\n", t, x.a, x.b, x.c); }
static void p_S2d(const char *t, S2d x) { printf("%s S2d %.4f %.4f\n", t, x.a, x.b); }
static void p_Sfa4(const char *t, Sfa4 x) { printf("%s Sfa4 %.4f %.4f %.4f %.4f\n", t, x.f[0], x.f[1], x.f[2], x.f[3]); }
static void p_Snest(const char *t, Snest x) { printf("%s Snest %.4f %.4f %.4f\n", t, x.p.x, x.p.y, x.d); }
static void p_Sdl(const char *t, Sdl x) { printf("%s Sdl %.4f %ld\n", t, x.d, x.l); }
static void p_Sld(const char *t, Sld x) { printf("%s Sld %ld %.4f\n", t, x.l, x.d); }
static void p_Sfif(const char *t, Sfif x) { printf("%s Sfif %.4f %d %.4f\n", t, x.a, x.b, x.c); }
static void p_Siff(const char *t, Siff x) { printf("%s Siff %d %.4f %.4f\n", t, x.a, x.b, x.c); }
static void p_Sffi(const char *t, Sffi x) { printf("%s Sffi %.4f %.4f %d\n", t, x.a, x.b, x.c); }
static void p_S24(const char *t, S24 x) { printf("%s S24 %ld %ld %ld\n", t, x.a, x.b, x.c); }
static void p_S40(const char *t, S40 x)
{
    printf("%s S40 %.4f %ld %d %d %d %d %s\n", t, x.a, x.b, x.c[0], x.c[1], x.c[2], x.c[3], x.d);
}
static void p_Sldt(const char *t, Sldt x) { printf("%s Sldt %Lf\n", t, x.x); }
static void p_Sldi(const char *t, Sldi x) { printf("%s Sldi %Lf %d\n", t, x.x, x.tag); }
static void p_Si128(const char *t, Si128 x) { printf("%s ", t); hex128("Si128", (unsigned __int128)x.v); }
static void p_Sci128(const char *t, Sci128 x) { printf("%s Sci128 %c ", t, x.c); hex128("", (unsigned __int128)x.v); }
static void p_Spk7(const char *t, Spk7 x) { printf("%s Spk7 %c %d %d\n", t, x.c, x.i, x.s); }
static void p_Spk5(const char *t, Spk5 x) { printf("%s Spk5 %d %c\n", t, x.i, x.c); }
static void p_Udl(const char *t, Udl x) { printf("%s Udl %.4f\n", t, x.d); }
static void p_Ufd(const char *t, Ufd x) { printf("%s Ufd %.4f %.4f\n", t, x.f[0], x.f[1]); }

/* for each kind: the library's result, the library modifying the library's value, the
 * library modifying a value built here, and a chain of three calls */
#define CHECK(T, local_init)                                     \
    do {                                                         \
        T made = make_##T(3);                                    \
        p_##T("make", made);                                     \
        p_##T("mod ", mod_##T(made));                            \
        T local = local_init;                                    \
        p_##T("loc ", mod_##T(local));                           \
        p_##T("3x  ", mod_##T(mod_##T(mod_##T(make_##T(5))))); \
    } while (0)

/* callbacks called by the library */
static S2d cb_S2d(S2d a, S2d b)
{
    S2d r = { a.a * b.a, a.b - b.b };
    return r;
}

static S24 cb_S24(S24 a, long k)
{
    S24 r = { a.a * k, a.b + k, a.c - k };
    return r;
}

static Sfif cb_Sfif(Sfif a, Sld b)
{
    Sfif r = { a.a + (float)b.d, a.b + (int)b.l, a.c * 3 };
    return r;
}

static Sldi cb_Sldi(Sldi a)
{
    Sldi r = { a.x * 3, a.tag * 2 };
    return r;
}

static long double cb_ld(long double x, int k) { return x * k + 0.5L; }

static double cb_many(long a, long b, long c, long d, long e, long f, long g, S2l s, double h, double i, double j,
                      double k, double l, double m, double n, double o, double p, S2d q, float r)
{
    printf("cb_many %ld %ld %ld %ld %ld %ld %ld (%ld,%ld) %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f (%.2f,%.2f) %.2f\n",
           a, b, c, d, e, f, g, s.a, s.b, h, i, j, k, l, m, n, o, p, q.a, q.b, r);
    return a + b + c + d + e + f + g + s.a + s.b + h + i + j + k + l + m + n + o + p + q.a + q.b + r;
}

static int cmp_S2i(S2i x, S2i y)
{
    if (x.a != y.a)
        return x.a < y.a ? -1 : 1;
    return (x.b > y.b) - (x.b < y.b);
}

static Si128 cb_Si128(Si128 a, __int128 b, long c)
{
    Si128 r = { a.v + b * c };
    return r;
}

/* callbacks of every kind, called from gcc code */
#define ABI_GEN(T)                                              \
    static T gen_##T(int seed) { return mod_##T(make_##T(seed)); } \
    static T id_##T(T x, int k) { return k ? mod_##T(x) : x; }
ABI_KINDS(ABI_GEN)
ABI_LD_KINDS(ABI_GEN)

static double my_variadic(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    double s = 0;
    for (const char *p = fmt; *p; p++) {
        s *= 2;
        switch (*p) {
        case 'i': s += va_arg(ap, int); break;
        case 'd': s += va_arg(ap, double); break;
        case 'p': {
            S2d d = va_arg(ap, S2d);
            s += d.a * 3 + d.b;
            break;
        }
        case 'm': {
            S24 m = va_arg(ap, S24);
            s += m.a + m.b * 2 + m.c * 3;
            break;
        }
        }
    }
    va_end(ap);
    printf("my_variadic(%s) = %.4f\n", fmt, s);
    return s;
}

static void all_kinds(S1c a, Ssc b, Sc3 c, Sif d, Sc13 e, S3f f, Snest g, Sffi h, Spk7 i, Spk5 j, Udl k, Ufd l, S40 m,
                      Sci128 n)
{
    p_S1c("all", a);
    p_Ssc("all", b);
    p_Sc3("all", c);
    p_Sif("all", d);
    p_Sc13("all", e);
    p_S3f("all", f);
    p_Snest("all", g);
    p_Sffi("all", h);
    p_Spk7("all", i);
    p_Spk5("all", j);
    p_Udl("all", k);
    p_Ufd("all", l);
    p_S40("all", m);
    p_Sci128("all", n);
}

static void sec_kinds(void)
{
    CHECK(S1c, ((S1c){ 'q' }));
    CHECK(Ssc, ((Ssc){ -300, 'z' }));
    CHECK(S2i, ((S2i){ -5, 77 }));
    CHECK(Sc3, ((Sc3){ { 'A', 'B', 'C' } }));
    CHECK(Sif, ((Sif){ 12, 0.5f }));
    CHECK(S2l, ((S2l){ -123456789012L, 42 }));
    CHECK(Sc13, ((Sc13){ "abcdefghijklm" }));
    CHECK(Sia3, ((Sia3){ { 1, -2, 3 } }));
    CHECK(Ss5, ((Ss5){ { 1, -1, 2, -2, 3 } }));
    CHECK(S1d, ((S1d){ -8.5 }));
    CHECK(S2f, ((S2f){ 1.25f, -3.5f }));
    CHECK(S3f, ((S3f){ 0.5f, 1.5f, 2.5f }));
    CHECK(S2d, ((S2d){ 3.0, 4e5 }));
    CHECK(Sfa4, ((Sfa4){ { 1, 2, 3, 4 } }));
    CHECK(Snest, ((Snest){ { 0.5f, -0.5f }, 10.0 }));
    CHECK(Sdl, ((Sdl){ 2.5, -7 }));
    CHECK(Sld, ((Sld){ 9, 0.75 }));
    CHECK(Sfif, ((Sfif){ 1.5f, 20, -6.0f }));
    CHECK(Siff, ((Siff){ -4, 2.5f, 0.125f }));
    CHECK(Sffi, ((Sffi){ 8.0f, 0.25f, 1000 }));
    CHECK(S24, ((S24){ 1, 2, 3 }));
    CHECK(S40, ((S40){ 1.5, 2, { 3, 4, 5, 6 }, "local" }));
    CHECK(Si128, ((Si128){ -((__int128)1 << 100) }));
    CHECK(Sci128, ((Sci128){ 'k', 12345 }));
    CHECK(Spk7, ((Spk7){ 'w', 1 << 20, -9 }));
    CHECK(Spk5, ((Spk5){ -77, 'f' }));
    CHECK(Udl, ((Udl){ .d = 0.0625 }));
    CHECK(Ufd, ((Ufd){ .f = { 4.0f, 5.0f } }));
}

static void sec_ld_kinds(void)
{
    CHECK(Sldt, ((Sldt){ 2.5L }));
    CHECK(Sldi, ((Sldi){ -6.0L, 50 }));
}

#define RUN_CALLS(T)                                        \
    p_##T("call_ret", call_ret_##T(gen_##T, 4));             \
    p_##T("call_id0", call_id_##T(id_##T, make_##T(6), 0));  \
    p_##T("call_id1", call_id_##T(id_##T, make_##T(6), 1));

static void sec_callback_kinds(void) { ABI_KINDS(RUN_CALLS) }
static void sec_ld_callback_kinds(void) { ABI_LD_KINDS(RUN_CALLS) }

static void sec_registers(void)
{
    S2l s2l = { 7, 8 };
    printf("take_5_ll %ld\n", take_5_ll(1, 2, 3, 4, 5, s2l, 6));
    printf("take_6_l_S2i %ld\n", take_6_l_S2i(1, 2, 3, 4, 5, 6, (S2i){ 7, 8 }, 9));
    printf("take_5_l_Sdl_Sld %ld\n", take_5_l_Sdl_Sld(1, 2, 3, 4, 5, (Sdl){ 0.5, 6 }, (Sld){ 7, 0.25 }, 8));
    S2d s2d = { 0.5, 0.25 };
    printf("take_7_d %.4f\n", take_7_d(1, 2, 3, 4, 5, 6, 7, s2d, 8));
    printf("take_8_d_S2d %.4f\n", take_8_d_S2d(1, 2, 3, 4, 5, 6, 7, 8, s2d));
    printf("take_9_d_S3f_S1d %.4f\n", take_9_d_S3f_S1d(1, 2, 3, 4, 5, 6, 7, 8, 9, (S3f){ 0.5f, 0.25f, 0.125f }, (S1d){ 2 }));
    printf("take_many_structs %.6g\n",
           take_many_structs(make_S2i(1), make_S2l(2), make_Sdl(3), make_Sld(4), make_S2d(5), make_S3f(6), make_Sfif(7),
                             make_S1c(8), make_Sc13(9), make_S24(10), make_S2f(11)));
    printf("take_mixed_scalars %.4f\n",
           take_mixed_scalars(-1, -2, -3, -4, 0.5f, 0.25, 200, 60000, 1.5f, 2.5, -7, 3.5f, 4.5, 8, 5.5, 6.5f));
}

static void sec_small_results(void)
{
    printf("neg_schar %d %d\n", neg_schar(5), neg_schar(-128));
    printf("add_uchar %d\n", add_uchar(200, 100));
    printf("neg_short %d\n", neg_short(-32767));
    printf("add_ushort %d\n", add_ushort(65000, 1000));
    printf("is_positive %d %d\n", is_positive(5), is_positive(-(1L << 40)));
    printf("scale_float %.4f\n", scale_float(1.25f, -3));
    int sx = neg_schar(3) + add_uchar(255, 2) * 1000;
    printf("extended in arithmetic %d\n", sx);
}

static void sec_callbacks(void)
{
    p_S2d("apply_S2d", apply_S2d(cb_S2d, (S2d){ 2, 10 }, (S2d){ 3, 4 }));
    p_S24("apply_S24", apply_S24(cb_S24, (S24){ 1, 2, 3 }, 10));
    p_Sfif("apply_Sfif", apply_Sfif(cb_Sfif, (Sfif){ 1.5f, 2, 3.0f }, (Sld){ 5, 0.25 }));
    printf("apply_many %.4f\n", apply_many(cb_many, 2));
    S2i pts[8] = { { 3, 1 }, { 1, 9 }, { 2, 2 }, { 1, -1 }, { 3, 0 }, { -5, 5 }, { 2, 1 }, { 0, 0 } };
    sort_S2i(pts, 8, cmp_S2i);
    for (int i = 0; i < 8; i++)
        printf("(%d,%d) ", pts[i].a, pts[i].b);
    printf("\n");
    p_Si128("apply_Si128", apply_Si128(cb_Si128, (Si128){ 1000 }));
    apply_all(all_kinds, 2);
    lib_binop add = get_lib_op('+'), mul = get_lib_op('*');
    printf("lib ops %ld %ld\n", add(40, 2), mul(6, 7));
}

static void sec_variadic(void)
{
    printf("sum_doubles 3: %.4f\n", sum_doubles(3, 1.5, 2.25, -0.125));
    printf("sum_doubles 10: %.4f\n", sum_doubles(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
    printf("sum_mixed %.4f\n", sum_mixed("idlf", 1, 2.5, 3L, 0.5f));
    printf("sum_mixed structs %.4f\n", sum_mixed("psipdm", (S2d){ 0.5, 1.5 }, (S2l){ 10, 20 }, 7, (S2d){ 2, 3 }, 0.25, make_S40(2)));
    printf("sum_mixed many %.4f\n", sum_mixed("dddddddddiiiiiiii", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0,
                                              1, 2, 3, 4, 5, 6, 7, 8));
    printf("apply_variadic %.4f\n", apply_variadic(my_variadic));
}

static void sec_long_double(void)
{
    printf("take_ld_mix %Lf\n", take_ld_mix(1, 0.5L, 0.25, (Sldt){ 0.125L }, 1.5L, 2));
    printf("ld_mul %Lf\n", ld_mul(1.5L, -2.25L));
    printf("ld_from_double %Lf\n", ld_from_double(3.25));
    printf("ld_to_double %.4f\n", ld_to_double(10.0L));
    long double chain = ld_mul(ld_from_double(0.5), ld_mul(4.0L, 0.125L));
    printf("ld chain %Lf\n", chain);
    p_Sldi("apply_Sldi", apply_Sldi(cb_Sldi, (Sldi){ 1.5L, 7 }));
    printf("apply_ld %Lf\n", apply_ld(cb_ld, 1.25L, 4));
}

static long cb_i128_late(long a, long b, long c, long d, long e, __int128 x, long y, Si128 s, long z)
{
    return a + b + c + d + e + 10 * (long)x + 100 * y + 1000 * (long)s.v + 10000 * z;
}

static void sec_int128(void)
{
    hex128("i128_mul", (unsigned __int128)i128_mul(-((__int128)1 << 62), (__int128)3 << 40));
    hex128("u128_shift", u128_shift(4, (unsigned __int128)0xABCDEF << 60, 8, ~(unsigned __int128)0, 12345));
    hex128("i128_late", (unsigned __int128)i128_late(1, 2, 3, 4, 5, -((__int128)3 << 70), 7));
    hex128("i128_vsum 2", (unsigned __int128)i128_vsum(2, 3, (__int128)1 << 90, -1, (__int128)5));
    hex128("i128_vsum 4", (unsigned __int128)i128_vsum(4, 1, (__int128)1 << 80, -2, (__int128)-5, 3, (__int128)77, 1, (__int128)7));
    printf("i128_stack_align %ld\n", i128_stack_align(1, 1, 1, 1, 1, 1, 2, (Si128){ 3 }, 4, (__int128)5, 6));
    printf("apply_i128_late %ld\n", apply_i128_late(cb_i128_late));
}

static void sec_layout(void)
{
    struct Layout lay;
    fill_layout(&lay);
    printf("layout lib: %lu %lu %lu %lu %lu %lu %lu\n", layout_info(0), layout_info(1), layout_info(2), layout_info(3),
           layout_info(4), layout_info(5), layout_info(6));
    printf("layout cir: %zu %zu %zu %zu %zu %zu %zu\n", sizeof(struct Layout), _Alignof(struct Layout),
           offsetof(struct Layout, sh), offsetof(struct Layout, aligned16), offsetof(struct Layout, packed),
           offsetof(struct Layout, d), offsetof(struct Layout, arr));
    printf("layout values %c %u %d %llx %d %d %c %ld %u %.2f %d %d %d\n", lay.c, lay.u3, lay.s5, (unsigned long long)lay.w40,
           lay.sh, lay.aligned16, lay.packed.pc, lay.packed.pl, lay.tail, lay.d, lay.arr[0], lay.arr[1], lay.arr[2]);
    printf("sum_layout %ld\n", sum_layout(lay));
    lay.s5 = 15;
    lay.w40 = 1;
    lay.arr[2] = -30;
    printf("sum_layout modified %ld\n", sum_layout(lay));
}

static void sec_data(void)
{
    printf("lib_counter %d\n", lib_counter);
    printf("bump %d\n", bump_counter(5));
    lib_counter += 10;
    printf("bump %d\n", bump_counter(1));
    printf("lib_name %s %zu\n", lib_name, strlen(lib_name));
}

static const struct {
    const char *name;
    void (*run)(void);
} sections[] = {
    { "kinds", sec_kinds },
    { "ld_kinds", sec_ld_kinds },
    { "callback_kinds", sec_callback_kinds },
    { "ld_callback_kinds", sec_ld_callback_kinds },
    { "registers", sec_registers },
    { "small_results", sec_small_results },
    { "callbacks", sec_callbacks },
    { "variadic", sec_variadic },
    { "long_double", sec_long_double },
    { "int128", sec_int128 },
    { "layout", sec_layout },
    { "data", sec_data },
};

int main(int argc, char **argv)
{
    int n = sizeof sections / sizeof sections[0];
    if (argc > 1 && strcmp(argv[1], "list") == 0) {
        for (int i = 0; i < n; i++)
            printf("%s\n", sections[i].name);
        return 0;
    }
    int ran = 0;
    for (int i = 0; i < n; i++) {
        if (argc > 1 && strcmp(argv[1], sections[i].name) != 0)
            continue;
        printf("== %s\n", sections[i].name);
        sections[i].run();
        ran++;
    }
    return ran ? 0 : 2;
}
