// covers: bit-fields of every width 1..31 (unsigned and signed), max values per width, storing -1 and reading back, layout/packing across storage units, sizeof of structs with many bit-fields
#include <stdio.h>

#define U(n) unsigned u##n : n;
#define S(n) signed s##n : n;

struct uw { U(1) U(2) U(3) U(4) U(5) U(6) U(7) U(8) U(9) U(10) U(11) U(12) U(13) U(14) U(15) U(16)
            U(17) U(18) U(19) U(20) U(21) U(22) U(23) U(24) U(25) U(26) U(27) U(28) U(29) U(30) U(31) };
struct sw { S(1) S(2) S(3) S(4) S(5) S(6) S(7) S(8) S(9) S(10) S(11) S(12) S(13) S(14) S(15) S(16)
            S(17) S(18) S(19) S(20) S(21) S(22) S(23) S(24) S(25) S(26) S(27) S(28) S(29) S(30) S(31) };

#define SETU(n) x.u##n = all_ones;
#define SETS(n) y.s##n = minus_one;
#define GETU(n) printf("%u ", x.u##n);
#define GETS(n) printf("%d ", y.s##n);
#define ALL(M) M(1) M(2) M(3) M(4) M(5) M(6) M(7) M(8) M(9) M(10) M(11) M(12) M(13) M(14) M(15) M(16) \
               M(17) M(18) M(19) M(20) M(21) M(22) M(23) M(24) M(25) M(26) M(27) M(28) M(29) M(30) M(31)
#define MAXS(n) y.s##n = (1 << (n - 1)) - 1;
#define MINS(n) y.s##n = -(1 << (n - 1));
#define HALF(n) x.u##n = (one << n) / 2 + 1;

int main(void) {
    unsigned all_ones = ~0u;
    int minus_one = -1;
    unsigned one = 1;
    struct uw x = {0};
    struct sw y = {0};
    printf("%zu %zu\n", sizeof x, sizeof y);
    ALL(SETU)
    ALL(GETU)
    printf("\n");
    ALL(SETS)
    ALL(GETS)
    printf("\n");
    ALL(MAXS)
    ALL(GETS)
    printf("\n");
    ALL(MINS)
    ALL(GETS)
    printf("\n");
    ALL(HALF)
    ALL(GETU)
    printf("\n");
    unsigned long long sum = 0;
#define ADD(n) sum = sum * 3 + x.u##n;
    ALL(ADD)
    printf("%llu\n", sum);
    return 0;
}
