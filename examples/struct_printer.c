/* A struct serializer generated from the struct's fields at compile time.
 *
 * `@toJson(x)` prints any struct value x as JSON: the compile-time function walks the fields of
 * x's type (CirComp_*), and for each one produces the code that prints it, written as C text with
 * holes (CirQ_code). For `struct point { int x, y; } p`, `@toJson(p)` becomes
 *
 *     fputs("{\"x\": ", stdout); printf("%lld", (long long)p.x);
 *     fputs(", \"y\": ", stdout); printf("%lld", (long long)p.y);
 *     fputs("}", stdout);
 *
 * Nested structs, strings (char pointers and char arrays), numbers, _Bool and arrays of numbers
 * are handled; add a field and the output follows. x is not evaluated by the compile-time code:
 * a CirCodeId parameter receives the code of the argument, whose value is an lvalue (`p`, `*e`,
 * `e->desk`); CirValue_withFields makes the lvalue of each field from it. */
// out: {"name": "Ada", "age": 36, "salary": 5250.5, "remote": true, "role": 1, "desk": {"x": 3, "y": -4}, "team": "compilers", "scores": [9, 7, 10]}
// out: {"name": "Grace \"Amazing\" Hopper", "age": 85, "salary": 0.25, "remote": false, "role": 0, "desk": {"x": 0, "y": 0}, "team": "", "scores": [1, 2, 3]}
// out: {"x": 3, "y": -4}
// rendered: fputs("{\"x\": ", stdout)
#include <stdio.h>
#include <cir.h>

/* ---- compile time ---------------------------------------------------------------------------- */

static bool isChar(const CirType *t)
{
    uint32_t k = CirType_isInt(CirType_unroll(t));
    return k == CIR_ICHAR || k == CIR_ISCHAR || k == CIR_IUCHAR;
}

/* printf format and type to convert to, for a number of type t (NULL if t is not a number). */
static const char *numberFormat(const CirType *t, const CirType **convertTo)
{
    uint32_t k = CirType_isInt(t);
    if (k == CIR_IBOOL)
        return NULL;
    if (CirType_isEnum(t))
        k = CirEnum_getIkind(CirType_getEnumId(t));
    if (k) {
        bool isSigned = CirIkind_isSigned(k, CirMachine_getHost());
        *convertTo = CirType_int(isSigned ? CIR_ILONGLONG : CIR_IULONGLONG);
        return isSigned ? "%lld" : "%llu";
    }
    if (CirType_isFloat(t)) {
        *convertTo = CirType_float(CIR_FDOUBLE);
        return "%.17g";
    }
    return NULL;
}

/* Appends to `out` the code printing the value v, of type t, as JSON. */
static void printValue(CirCodeId out, const CirValue *v, const CirType *t, const char *what)
{
    t = CirType_removeQual(CirType_unroll(t));
    const CirType *conv;
    const char *fmt;
    if (CirType_isInt(t) == CIR_IBOOL) {
        CirCode_append(out, CirQ_code("fputs(%v ? \"true\" : \"false\", stdout);", v));
    } else if ((fmt = numberFormat(t, &conv))) {
        CirCode_append(out, CirQ_code("printf(%s, (%t)%v);", fmt, conv, v));
    } else if ((CirType_isPtr(t) || CirType_isArray(t)) && isChar(CirType_getBaseType(t))) {
        CirCode_append(out, CirQ_code("json_string(%v);", v));   /* a helper of the program */
    } else if (CirType_isArray(t) && CirType_hasArrayLen(t) &&
               (fmt = numberFormat(CirType_removeQual(CirType_unroll(CirType_getBaseType(t))), &conv))) {
        /* `i` is the quoted code's own variable: it cannot clash with the program's. */
        CirCode_append(out, CirQ_code("fputs(\"[\", stdout);"
                                      "for (int i = 0; i < %d; i++) {"
                                      "    if (i) fputs(\", \", stdout);"
                                      "    printf(%s, (%t)(%v)[i]);"
                                      "}"
                                      "fputs(\"]\", stdout);",
                                      (long)CirType_getArrayLen(t), fmt, conv, v));
    } else if (CirType_isComp(t) && CirComp_isStruct(CirType_getCompId(t))) {
        CirCompId s = CirType_getCompId(t);
        for (size_t i = 0; i < CirComp_getNumFields(s); i++) {
            CirName field = CirComp_getFieldName(s, i);
            char key[256];
            snprintf(key, sizeof key, "%s\"%s\": ", i ? ", " : "{", CirName_cstr(field));
            CirCode_append(out, CirQ_code("fputs(%s, stdout);", key));
            /* v.field: the same lvalue with one more field name on its path */
            printValue(out, CirValue_withFields(v, &field, 1), CirComp_getFieldType(s, i), CirName_cstr(field));
        }
        CirCode_append(out, CirQ_code("fputs(\"}\", stdout);"));
    } else {
        cir_fatal("toJson: cannot print `%s`: only numbers, _Bool, strings, arrays of numbers and structs", what);
    }
}

/* @toJson(x): prints the struct x as JSON on stdout. */
static CirCodeId toJson(CirCodeId x)
{
    const CirValue *v = CirCode_getValue(x);
    if (!v || !CirValue_isLval(v) || !CirType_isComp(CirType_unroll(CirCode_getType(x))))
        cir_fatal("toJson: the argument must be a struct lvalue (a variable, `*p`, `p->field`)");
    /* The argument's own statements run first (for `*find(...)`, the call), then the printing. */
    printValue(x, v, CirCode_getType(x), "the argument");
    CirCode_setValue(x, NULL);
    return x;
}

/* ---- run time -------------------------------------------------------------------------------- */

/* Prints s as a JSON string (used by the generated code). */
static void json_string(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            printf("\\%c", *s);
        else if ((unsigned char)*s < 0x20)
            printf("\\u%04x", *s);
        else
            putchar(*s);
    }
    putchar('"');
}

struct point {
    int x, y;
};

enum role { ENGINEER, MANAGER };

struct employee {
    const char *name;
    unsigned short age;
    double salary;
    _Bool remote;
    enum role role;
    struct point desk;
    char team[16];
    int scores[3];
};

/* A printer function for one type: its body is generated. */
static void print_employee(const struct employee *e)
{
    @toJson(*e);
    putchar('\n');
}

int main(void)
{
    struct employee staff[] = {
        {"Ada", 36, 5250.5, 1, MANAGER, {3, -4}, "compilers", {9, 7, 10}},
        {"Grace \"Amazing\" Hopper", 85, 0.25, 0, ENGINEER, {0, 0}, "", {1, 2, 3}},
    };
    for (int i = 0; i < 2; i++)
        print_employee(&staff[i]);
    struct employee *first = &staff[0];
    @toJson(first->desk);
    putchar('\n');
    return 0;
}
