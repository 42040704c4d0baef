// covers: integer promotions of char/short/bit-fields/_Bool, sizeof of promoted expressions, _Generic to observe promoted types, unary + promotion
#include <stdio.h>

#define TYPE(x) _Generic((x), \
    char: "char", signed char: "schar", unsigned char: "uchar", \
    short: "short", unsigned short: "ushort", int: "int", unsigned: "uint", \
    long: "long", unsigned long: "ulong", long long: "llong", unsigned long long: "ullong", \
    _Bool: "bool", float: "float", double: "double", long double: "ldouble", default: "other")

struct bf { unsigned small : 4; unsigned full : 32; int neg : 5; unsigned long long big : 40; };

int main(void) {
    char c = 1; signed char sc = 1; unsigned char uc = 1;
    short s = 1; unsigned short us = 1; _Bool b = 1;
    printf("%s %s %s %s %s %s\n", TYPE(c), TYPE(sc), TYPE(uc), TYPE(s), TYPE(us), TYPE(b));
    printf("%s %s %s %s %s %s\n", TYPE(+c), TYPE(+sc), TYPE(+uc), TYPE(+s), TYPE(+us), TYPE(+b));
    printf("%s %s %s\n", TYPE(c + c), TYPE(uc * us), TYPE(-uc));
    printf("%s %s\n", TYPE(~s), TYPE(c << 1));
    printf("%s %s\n", TYPE(uc + 1u), TYPE(s + 1L));
    printf("%s %s %s\n", TYPE(1u + 1L), TYPE(1ul + 1LL), TYPE(1u + 1LL));
    printf("%s %s\n", TYPE(1.0f + 1), TYPE(1.0f + 1.0));
    printf("%s %s\n", TYPE(c ? s : us), TYPE(b ? 1 : 2u));
    printf("%s %s\n", TYPE((char)0), TYPE(c = 5));
    printf("%s %s\n", TYPE(c++), TYPE(s += 1));
    printf("%s\n", TYPE('a'));
    struct bf x = {15, 0xffffffffu, -16, 0xffffffffffULL};
    printf("%s %s %s\n", TYPE(x.small + 0), TYPE(x.full + 0), TYPE(x.neg + 0));
    printf("%d %u %d %llu\n", x.small + 1, x.full + 1, x.neg - 1, (unsigned long long)x.big + 1);
    printf("%d %d %d\n", (int)sizeof(+c), (int)sizeof(c), (int)sizeof(+s));
    unsigned char u1 = 200, u2 = 100;
    int diff = u2 - u1;          /* -100, not wraparound */
    printf("%d\n", diff);
    unsigned short w1 = 1, w2 = 2;
    printf("%d\n", w1 - w2 < 0);
    unsigned int v1 = 1, v2 = 2;
    printf("%d\n", v1 - v2 > 0);
    char ch = 'z';
    printf("%d\n", ch * ch);
    return 0;
}
