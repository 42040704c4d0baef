// covers: _Generic selection with many types, default association, qualifiers dropped by lvalue conversion (const int selects int), pointer types, struct types, array decay in controlling expression, _Generic selecting function designators then calling, _Generic in macros for type names
#include <stdio.h>

struct pt { int x, y; };

#define TNAME(x) _Generic((x), \
    _Bool: "bool", char: "char", signed char: "schar", unsigned char: "uchar", \
    short: "short", unsigned short: "ushort", int: "int", unsigned int: "uint", \
    long: "long", unsigned long: "ulong", long long: "llong", unsigned long long: "ullong", \
    float: "float", double: "double", long double: "ldouble", \
    char *: "char*", const char *: "const char*", int *: "int*", const int *: "const int*", \
    void *: "void*", struct pt: "struct pt", default: "other")

static void print_int(int v) { printf("int:%d\n", v); }
static void print_dbl(double v) { printf("double:%g\n", v); }
static void print_str(const char *v) { printf("str:%s\n", v); }
static void print_other(const void *v) { (void)v; printf("other\n"); }

#define PRINT(x) _Generic((x), int: print_int, double: print_dbl, char *: print_str, const char *: print_str, default: print_other)(x)

int main(void) {
    _Bool b = 1; char c = 0; signed char sc = 0; unsigned char uc = 0;
    short s = 0; unsigned short us = 0; unsigned u = 0; long l = 0; unsigned long ul = 0;
    long long ll = 0; unsigned long long ull = 0; float f = 0; long double ld = 0;
    printf("%s %s %s %s %s %s\n", TNAME(b), TNAME(c), TNAME(sc), TNAME(uc), TNAME(s), TNAME(us));
    printf("%s %s %s %s %s %s\n", TNAME(1), TNAME(u), TNAME(l), TNAME(ul), TNAME(ll), TNAME(ull));
    printf("%s %s %s\n", TNAME(f), TNAME(1.0), TNAME(ld));
    const int ci = 3;
    printf("%s\n", TNAME(ci));              /* lvalue conversion drops const */
    int arr[3];
    printf("%s\n", TNAME(arr));             /* decays to int* */
    printf("%s %s\n", TNAME(&ci), TNAME("lit"));
    char buf[4] = "ab";
    printf("%s\n", TNAME(buf));
    void *vp = 0;
    printf("%s\n", TNAME(vp));
    struct pt p = {0, 0};
    printf("%s %s\n", TNAME(p), TNAME(&p));
    printf("%s %s\n", TNAME(c + c), TNAME(f * 2.0));
    PRINT(42);
    PRINT(2.5);
    PRINT("hello");
    PRINT(buf);
    PRINT(&p);
    printf("%d\n", _Generic(1.0f, float: 1, default: 0) + _Generic((char)1, int: 10, char: 20, default: 0));
    return 0;
}
