// covers: GCC types of long long bit-fields wider than 32 bits in arithmetic with int, unsigned, long, unsigned long long and each other; unary operators and shifts on them
#include <stdio.h>
struct bf { unsigned long long big : 40; long long sbig : 36; unsigned long long u64: 64; long long s50 : 50;};
#define T(e) _Generic((e), int:"int", unsigned:"unsigned", long:"long", unsigned long:"ulong", long long:"ll", unsigned long long:"ull", default:"other")
int main(){ struct bf x = {0xffffffffffULL, 0x7ffffffffLL, 0, 0};
printf("%s %s %s %s %s\n", T(x.big+1), T(x.big+1ULL), T(x.big+1L), T(x.big + x.sbig), T(x.sbig + 1u));
printf("%llx %llx %llx\n", (unsigned long long)(x.big+1ULL), (unsigned long long)(x.big+1L), (unsigned long long)(x.big * 2));
printf("%llx %llx\n", (unsigned long long)(x.big + x.sbig), (unsigned long long)(x.sbig + 1u));
printf("%s %s %s\n", T(-x.big), T(~x.sbig), T(x.big << 1));
printf("%llx %llx %llx\n", (unsigned long long)(-x.big), (unsigned long long)(~x.sbig), (unsigned long long)(x.big << 1));
printf("%s %s\n", T(x.u64 + 1), T(x.s50 + 1));
printf("%d\n", x.big > 0xffffffffffULL);
long long y = x.big + 1; printf("%lld\n", y);
}
