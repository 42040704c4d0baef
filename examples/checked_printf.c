/* A printf whose format string is checked against its arguments at compile time.
 *
 * checked_printf(fmt, args...) expands to a compile-time call that parses the format, compares
 * each conversion with the type of its argument (as the compiler sees it, after C's default
 * argument promotions), and stops the compilation with a diagnostic at the call on a mismatch:
 *
 *     checked_printf("%s is %d\n", "x", 2.5);
 *     error: checked_printf: argument 2 (for %d) has type double, but the format wants int
 *
 * When the format is right, the call becomes the plain `printf("%s is %d\n", "x", n)`; nothing
 * of the checker is left in the program. The arguments are CirCodeId parameters: they are not
 * evaluated by the checker, only inspected (CirCode_getType) and then spliced into the printf
 * call with the %c hole of CirQ_code. */
// out: Ada is 36 years old
// out: pi is about 3.14159 (3 chars: 'p' 'i' '\0' make 3)
// out: 255 = 0xff = 0377, 42%
// out: sizeof(long double) = 16, width       7|
// out: left    | <- 9 characters
// rendered: printf("%s is %d years old\n", vid
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cir.h>

/* ---- compile time ---------------------------------------------------------------------------- */

static const char *ikindName(uint32_t k)
{
    static const char *names[] = {"?", "char", "signed char", "unsigned char", "_Bool", "int",
                                  "unsigned int", "short", "unsigned short", "long",
                                  "unsigned long", "long long", "unsigned long long"};
    return k < sizeof names / sizeof names[0] ? names[k] : "an integer";
}

static const char *typeName(const CirType *t)
{
    if (CirType_isInt(t))
        return ikindName(CirType_isInt(t));
    switch (CirType_isFloat(t)) {
    case CIR_FFLOAT: return "float";
    case CIR_FDOUBLE: return "double";
    case CIR_FLONGDOUBLE: return "long double";
    }
    if (CirType_isPtr(t))
        return "pointer";
    if (CirType_isArray(t))
        return "array";
    if (CirType_isComp(t))
        return "struct/union";
    return "non-scalar";
}

/* The type an argument has when it reaches printf: typedefs unrolled, enums as their integer
 * kind, then the default argument promotions (small integers to int, float to double). */
static const CirType *promoted(CirCodeId arg)
{
    const CirType *t = CirType_removeQual(CirType_unroll(CirCode_getType(arg)));
    if (CirType_isEnum(t))
        t = CirType_int(CirEnum_getIkind(CirType_getEnumId(t)));
    switch (CirType_isInt(t)) {
    case CIR_ICHAR: case CIR_ISCHAR: case CIR_IUCHAR: case CIR_IBOOL: case CIR_ISHORT: case CIR_IUSHORT:
        return CirType_int(CIR_IINT);
    }
    if (CirType_isFloat(t) == CIR_FFLOAT)
        return CirType_float(CIR_FDOUBLE);
    return t;
}

static bool isCharKind(const CirType *t)
{
    uint32_t k = CirType_isInt(CirType_unroll(t));
    return k == CIR_ICHAR || k == CIR_ISCHAR || k == CIR_IUCHAR;
}

/* Checks `fmt` against the n arguments; cir_fatal at the first problem. */
static void check(const char *fmt, const CirCodeId *args, int n)
{
    int used = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%')
            continue;
        const char *spec = p++;
        if (*p == '%')
            continue;
        /* flags, width, precision: a `*` takes an int argument */
        while (*p && strchr("-+ #0", *p))
            p++;
        for (int part = 0; part < 2; part++) {
            if (part == 1) {
                if (*p != '.')
                    break;
                p++;
            }
            if (*p == '*') {
                if (used == n)
                    cir_fatal("checked_printf: too few arguments for the format");
                if (promoted(args[used]) != CirType_int(CIR_IINT))
                    cir_fatal("checked_printf: argument %d (for `*`) has type %s, but the format wants int",
                              used + 1, typeName(CirCode_getType(args[used])));
                used++;
                p++;
            }
            while (*p >= '0' && *p <= '9')
                p++;
        }
        /* length modifier */
        char len[3] = "";
        if (*p && strchr("hljztL", *p)) {
            len[0] = *p++;
            if ((*p == 'h' || *p == 'l') && *p == len[0])
                len[1] = *p++;
        }
        char conv = *p;
        if (!conv || !strchr("diouxXcsfFeEgGaAp", conv) || (len[0] == 'L' && !strchr("fFeEgGaA", conv)))
            cir_fatal("checked_printf: unsupported conversion `%.*s`", (int)(p - spec + (conv != 0)), spec);
        if (used == n)
            cir_fatal("checked_printf: too few arguments for the format");

        const CirType *t = promoted(args[used]);
        const char *want = NULL;   /* what the conversion wants, if the argument does not fit */
        if (strchr("diouxX", conv)) {
            /* The size must be the one the length modifier says; either signedness is fine
             * (as for gcc's -Wformat). */
            uint32_t k = CirType_isInt(t);
            uint32_t signedKind = k == CIR_IUINT ? CIR_IINT : k == CIR_IULONG ? CIR_ILONG
                                : k == CIR_IULONGLONG ? CIR_ILONGLONG : k;
            uint32_t wantKind = len[1] == 'l' ? CIR_ILONGLONG
                              : len[0] == 'l' || len[0] == 'j' || len[0] == 'z' || len[0] == 't' ? CIR_ILONG
                              : CIR_IINT;   /* also hh and h: the argument is promoted to int */
            if (signedKind != wantKind)
                want = ikindName(wantKind);
        } else if (conv == 'c') {
            if (t != CirType_int(CIR_IINT) || len[0])
                want = "int";
        } else if (conv == 's') {
            const CirType *raw = CirType_unroll(CirCode_getType(args[used]));
            if (!(CirType_isPtr(raw) || CirType_isArray(raw)) || !isCharKind(CirType_getBaseType(raw)))
                want = "char *";
        } else if (conv == 'p') {
            const CirType *raw = CirType_unroll(CirCode_getType(args[used]));
            if (!CirType_isPtr(raw) && !CirType_isArray(raw))
                want = "void *";
        } else {   /* floating point */
            uint32_t wantKind = len[0] == 'L' ? CIR_FLONGDOUBLE : CIR_FDOUBLE;
            if (CirType_isFloat(t) != wantKind)
                want = wantKind == CIR_FDOUBLE ? "double" : "long double";
        }
        if (want)
            cir_fatal("checked_printf: argument %d (for %.*s) has type %s, but the format wants %s",
                      used + 1, (int)(p - spec + 1), spec, typeName(CirCode_getType(args[used])), want);
        used++;
    }
    if (used != n)
        cir_fatal("checked_printf: %d arguments, but the format uses %d", n, used);
}

/* One compile-time function per number of arguments (a CirCodeId parameter cannot be variadic).
 * Each returns the printf call, written as C with holes: %s the format string, %c an argument's
 * code (its statements run there, and its value is the argument). */
static CirCodeId checkedPrintf0(const char *fmt)
{
    check(fmt, NULL, 0);
    return CirQ_code("printf(%s)", fmt);
}

static CirCodeId checkedPrintf1(const char *fmt, CirCodeId a)
{
    CirCodeId args[] = {a};
    check(fmt, args, 1);
    return CirQ_code("printf(%s, %c)", fmt, a);
}

static CirCodeId checkedPrintf2(const char *fmt, CirCodeId a, CirCodeId b)
{
    CirCodeId args[] = {a, b};
    check(fmt, args, 2);
    return CirQ_code("printf(%s, %c, %c)", fmt, a, b);
}

static CirCodeId checkedPrintf3(const char *fmt, CirCodeId a, CirCodeId b, CirCodeId c)
{
    CirCodeId args[] = {a, b, c};
    check(fmt, args, 3);
    return CirQ_code("printf(%s, %c, %c, %c)", fmt, a, b, c);
}

static CirCodeId checkedPrintf4(const char *fmt, CirCodeId a, CirCodeId b, CirCodeId c, CirCodeId d)
{
    CirCodeId args[] = {a, b, c, d};
    check(fmt, args, 4);
    return CirQ_code("printf(%s, %c, %c, %c, %c)", fmt, a, b, c, d);
}

/* checked_printf(fmt, ...) is @checkedPrintfN(fmt, ...) with N the number of arguments. */
#define CP_COUNT(...) CP_COUNT_(__VA_ARGS__, 4, 3, 2, 1, 0)
#define CP_COUNT_(fmt, a, b, c, d, n, ...) n
#define CP_CAT(a, b) CP_CAT_(a, b)
#define CP_CAT_(a, b) a##b
#define checked_printf(...) @CP_CAT(checkedPrintf, CP_COUNT(__VA_ARGS__))(__VA_ARGS__)

/* ---- run time -------------------------------------------------------------------------------- */

enum unit { CHARS = 3 };

int main(void)
{
    const char *name = "Ada";
    short age = 36;
    checked_printf("%s is %d years old\n", name, age);
    char pi[] = "pi";
    float approx = 3.14159f;
    checked_printf("%s is about %g (%u chars: 'p' 'i' '\\0' make %d)\n", pi, approx, CHARS, (int)sizeof pi);
    checked_printf("%d = %#x = %#o, %d%%\n", 255, 255u, 255, 42);
    int width = 7;
    checked_printf("sizeof(long double) = %zu, width %*d|\n", sizeof(long double), width, width);
    int n = checked_printf("%-8s|", "left");   /* the value is printf's */
    checked_printf(" <- %d characters\n", n);
    return 0;
}
