/* CirPrime, CirMem, CirMachine, CirIkind, CirFkind, CirName. */
// out: primes 2 2 2 3 5 101 65537 18446744073709551557
// out: balloc 1
// out: machines 1
// out: ikinds 0
// out: fkinds 0
// out: names 0
// err: note: name: hello_world|x|
#include <stdio.h>
#include <string.h>
#include <cir.h>

static unsigned fails;
#define CHECK(c) do { if (!(c)) { cir_warn("check failed at line %d: %s", __LINE__, #c); fails++; } } while (0)

static unsigned long long prime(unsigned long long n) { return CirPrime_ge(n); }

static int balloc(void)
{
    /* Zeroed, aligned as asked, writable, distinct. */
    unsigned char *a = CirMem_balloc(100, 64);
    unsigned char *b = CirMem_balloc(3, 0);      /* 0: maximal alignment */
    unsigned char *c = CirMem_balloc(0, 1);
    int ok = a && b && c && a != b;
    ok = ok && ((unsigned long)a % 64) == 0 && ((unsigned long)b % 16) == 0;
    for (int i = 0; i < 100; i++)
        ok = ok && a[i] == 0;
    memset(a, 0xab, 100);
    ok = ok && b[0] == 0 && b[2] == 0 && a[99] == 0xab;
    return ok;
}

static int machines(void)
{
    const CirMachine *build = CirMachine_getBuild();
    const CirMachine *host = CirMachine_getHost();
    /* Two machines, both LP64; NULL means the host. */
    return build && host && build != host && build == CirMachine_getBuild() &&
           CirIkind_size(CIR_ILONG, build) == 8 && CirIkind_size(CIR_ILONG, host) == 8;
}

static int ikinds(void)
{
    const CirMachine *m = CirMachine_getHost();
    fails = 0;
    CHECK(CirIkind_size(CIR_ICHAR, m) == 1);
    CHECK(CirIkind_size(CIR_IBOOL, m) == 1);
    CHECK(CirIkind_size(CIR_ISHORT, m) == 2);
    CHECK(CirIkind_size(CIR_IUINT, m) == 4);
    CHECK(CirIkind_size(CIR_IULONG, NULL) == 8);
    CHECK(CirIkind_size(CIR_ILONGLONG, m) == 8);
    CHECK(CirIkind_size(17, m) == 16); /* __int128, cir's addition */
    CHECK(CirIkind_isSigned(CIR_ICHAR, m));     /* char is signed on x86-64 */
    CHECK(CirIkind_isSigned(CIR_ISCHAR, m));
    CHECK(!CirIkind_isSigned(CIR_IUCHAR, m));
    CHECK(!CirIkind_isSigned(CIR_IBOOL, m));
    CHECK(CirIkind_isSigned(CIR_ILONG, NULL));
    CHECK(!CirIkind_isSigned(CIR_IULONGLONG, m));
    CHECK(CirIkind_toUnsigned(CIR_ICHAR) == CIR_IUCHAR);
    CHECK(CirIkind_toUnsigned(CIR_ISCHAR) == CIR_IUCHAR);
    CHECK(CirIkind_toUnsigned(CIR_IINT) == CIR_IUINT);
    CHECK(CirIkind_toUnsigned(CIR_ISHORT) == CIR_IUSHORT);
    CHECK(CirIkind_toUnsigned(CIR_ILONG) == CIR_IULONG);
    CHECK(CirIkind_toUnsigned(CIR_ILONGLONG) == CIR_IULONGLONG);
    CHECK(CirIkind_toUnsigned(CIR_IULONG) == CIR_IULONG);
    CHECK(CirIkind_toUnsigned(CIR_IBOOL) == CIR_IBOOL);
    CHECK(CirIkind_fromSize(1, false, m) == CIR_ISCHAR);
    CHECK(CirIkind_fromSize(1, true, m) == CIR_IUCHAR);
    CHECK(CirIkind_fromSize(2, false, m) == CIR_ISHORT);
    CHECK(CirIkind_fromSize(4, true, m) == CIR_IUINT);
    CHECK(CirIkind_fromSize(8, false, NULL) == CIR_ILONG);
    CHECK(CirIkind_fromSize(8, true, m) == CIR_IULONG);
    CHECK(CirIkind_fromSize(16, true, m) == 18);  /* unsigned __int128 */
    CHECK(CirIkind_fromSize(3, false, m) == 0);
    CHECK(CirIkind_fromSize(0, true, m) == 0);
    return fails;
}

static int fkinds(void)
{
    const CirMachine *m = CirMachine_getBuild();
    fails = 0;
    CHECK(CirFkind_size(CIR_FFLOAT, m) == 4);
    CHECK(CirFkind_size(CIR_FDOUBLE, m) == 8);
    CHECK(CirFkind_size(CIR_FLONGDOUBLE, NULL) == 16);
    CHECK(CirFkind_size(CIR_F128, m) == 16);
    CHECK(CirFkind_fromSize(4, m) == CIR_FFLOAT);
    CHECK(CirFkind_fromSize(8, m) == CIR_FDOUBLE);
    CHECK(CirFkind_fromSize(16, NULL) == CIR_FLONGDOUBLE);
    CHECK(CirFkind_fromSize(2, m) == 23); /* _Float16 */
    CHECK(CirFkind_fromSize(12, m) == 0);
    CHECK(CirFkind_fromSize(0, m) == 0);
    return fails;
}

static int names(void)
{
    fails = 0;
    char buf[32];
    strcpy(buf, "hello_world");
    CirName a = CirName_of(buf);
    strcpy(buf, "other"); /* the name keeps its own copy */
    CirName b = CirName_of("hello_world");
    CirName c = CirName_of("other");
    CirName e = CirName_of("");
    CHECK(a != 0 && e != 0);
    CHECK(CirName_equals(a, b));
    CHECK(!CirName_equals(a, c));
    CHECK(strcmp(CirName_cstr(a), "hello_world") == 0);
    CHECK(strcmp(CirName_cstr(c), "other") == 0);
    CHECK(strcmp(CirName_cstr(e), "") == 0);
    CHECK(CirName_cstr(a) == CirName_cstr(b));
    CirLog_begin(CIRLOG_INFO);
    CirLog_print("name: ");
    CirName_log(a);
    CirLog_print("|");
    CirName_log(CirName_of("x"));
    CirLog_print("|");
    CirName_log(e);
    CirLog_end();
    return fails;
}

int main(void)
{
    printf("primes %llu %llu %llu %llu %llu %llu %llu %llu\n", @prime(0), @prime(1), @prime(2), @prime(3),
           @prime(4), @prime(100), @prime(65536), @prime(18446744073709551557ull));
    printf("balloc %d\n", @balloc());
    printf("machines %d\n", @machines());
    printf("ikinds %d\n", @ikinds());
    printf("fkinds %d\n", @fkinds());
    printf("names %d\n", @names());
    return 0;
}
