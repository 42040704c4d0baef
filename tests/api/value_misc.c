/* CirValue strings, user values, type values, builtins and CirValue_log. */
// out: 5 1 0 1 1
// out: Inlined String
// out: 1 1 1
// out: 1 1
// out: 44332211 1
// out: 1
// rendered: puts("Inlined String")
// rendered: __builtin_bswap32(
// err: note: values: (-3) 7UL "a\"b" __typeval(unsigned long) <USER 3> <CirValue NULL> __builtin_bswap16 (long)vid
#include <stdio.h>
#include <string.h>
#include <cir.h>

/* A string literal passed as code; getString returns its bytes. */
static int slen(CirCodeId c)
{
    const CirValue *v = CirCode_getValue(c);
    return CirValue_isString(v) ? (int)strlen(CirValue_getString(v)) : -1;
}

static int is_string(CirCodeId c) { return CirValue_isString(CirCode_getValue(c)); }

/* ofString copies exactly len bytes (here with an inner NUL and no terminator). */
static int bytes_kept(void)
{
    char buf[4] = {'a', 0, 'b', 'c'};
    const CirValue *v = CirValue_ofString(buf, 3);
    buf[0] = 'z';
    return memcmp(CirValue_getString(v), "a\0b", 4) == 0;
}

/* ofCString includes the terminator: equal to the literal the lowering made. */
static int cstring_same(CirCodeId c) { return CirValue_ofCString("hello") == CirCode_getValue(c); }

static CirCodeId embed(void) { return CirCode_ofExpr(CirValue_ofCString("Inlined String")); }

static int cookie;

/* User values: registered ids, the pointer given back. */
static int user(int which)
{
    static unsigned a, b;
    if (!a) {
        a = CirValue_registerUser();
        b = CirValue_registerUser();
    }
    const CirValue *v = CirValue_ofUser(b, &cookie);
    switch (which) {
    case 0: return a >= 1 && b == a + 1;
    case 1: return CirValue_isUser(v) == b && CirValue_getPtr(v) == &cookie;
    default: return CirValue_isUser(CirValue_ofI64(CIR_IINT, 1)) == 0 && CirValue_getType(v) == NULL &&
                    CirValue_getRawType(v) == NULL && CirValue_getCastType(v) == NULL;
    }
}

/* Type values: __typeval(T) is CirValue_ofType(T). */
static int typeval(CirCodeId c)
{
    const CirValue *v = CirCode_getValue(c);
    const CirType *t = CirValue_getTypeValue(v);
    return CirValue_isType(v) && CirValue_ofType(t) == v && !CirValue_isType(CirValue_ofI64(CIR_IINT, 1)) &&
           CirValue_getType(v) == NULL;
}

/* The type of a value of type T is T. */
static int type_of(CirCodeId c, CirCodeId t)
{
    return CirValue_getType(CirCode_getValue(c)) == CirValue_getTypeValue(CirCode_getValue(t)) &&
           CirValue_getType(CirValue_ofString("ab", 3)) == CirValue_getType(CirCode_getValue(c));
}

static CirCodeId bswap(void) { return CirCode_ofExpr(CirValue_ofBuiltin(CIR_BUILTIN_BSWAP32)); }

static int builtin(void)
{
    const CirValue *v = CirValue_ofBuiltin(CIR_BUILTIN_BSWAP64);
    return CirValue_isBuiltin(v) == CIR_BUILTIN_BSWAP64 && CirValue_isBuiltin(CirValue_ofI64(CIR_IINT, 3)) == 0 &&
           CirValue_getType(v) != NULL;
}

static int logged(CirCodeId tul, CirCodeId cast)
{
    unsigned u = CirValue_registerUser();
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("values: ");
    CirValue_log(CirValue_ofI64(CIR_IINT, -3));
    CirLog_print(" ");
    CirValue_log(CirValue_ofU64(CIR_IULONG, 7));
    CirLog_print(" ");
    CirValue_log(CirValue_ofCString("a\"b"));
    CirLog_print(" ");
    CirValue_log(CirCode_getValue(tul));
    CirLog_print(" ");
    CirValue_log(CirValue_ofUser(u, NULL));
    CirLog_print(" ");
    CirValue_log(NULL);
    CirLog_print(" ");
    CirValue_log(CirValue_ofBuiltin(CIR_BUILTIN_BSWAP16));
    CirLog_print(" ");
    CirValue_log(CirCode_getValue(cast));
    CirLog_end();
    return 1;
}

int main(void)
{
    int x = 1;
    printf("%d %d %d %d %d\n", @slen("hello"), @is_string("x"), @is_string(x), @bytes_kept(), @cstring_same("hello"));
    puts(@embed());
    printf("%d %d %d\n", @user(0), @user(1), @user(2));
    printf("%d %d\n", @typeval(__typeval(struct { int a; } *)), @type_of("ab", __typeval(char[3])));
    printf("%x %d\n", (@bswap())(0x11223344u), @builtin());
    printf("%d\n", @logged(__typeval(unsigned long), (long)x));
    return 0;
}
