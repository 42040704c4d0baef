// covers: GCC's arithmetic on bit-fields of long long type wider than 32 bits (done in the bit-field's own width), narrow long bit-fields promoting to int
#include <stdio.h>

struct bf { unsigned long long big : 40; long long sbig : 36; unsigned long narrow : 3; };

int main(void) {
    struct bf x = {0xffffffffffULL, 0x7ffffffffLL, 7};
    printf("%llu\n", (unsigned long long)(x.big + 1));
    printf("%lld\n", (long long)(x.sbig + 1));
    printf("%d\n", x.narrow + 1);
    printf("%zu %zu\n", sizeof(x.big + 0), sizeof(x.narrow + 0));
    return 0;
}
