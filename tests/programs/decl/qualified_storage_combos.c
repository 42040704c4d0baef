// covers: combinations of storage classes and qualifiers (static const volatile, extern const, static _Thread_local-free combos, register const), qualifier order variations (const int / int const), restrict in declarations, const in array parameter brackets (int a[const 3]), static in array parameter brackets
#include <stdio.h>

static const volatile int scv = 11;
int const ic = 12;
const int ci = 13;
extern const int ec;
const int ec = 14;
volatile const unsigned long vcul = 15;
static int *const scp = 0;

static int sum_fixed(int a[const 3]) { return a[0] + a[1] + a[2]; }
static int sum_static(const int a[static restrict 2]) { return a[0] * a[1]; }
static int twice_reg(register const int v) { return v * 2; }

int main(void) {
    printf("%d %d %d %d %lu %d\n", scv, ic, ci, ec, vcul, scp == 0);
    int arr[3] = {1, 2, 3};
    printf("%d %d %d\n", sum_fixed(arr), sum_static(arr + 1), twice_reg(21));
    register const int rc = 9;
    static volatile long svl = 3;
    svl *= rc;
    printf("%ld\n", svl);
    const volatile char cvc = 'q';
    char const *const pcc = "qualified";
    printf("%c %s\n", cvc, pcc);
    int *restrict rp = arr;
    const int *restrict crp = arr + 1;
    rp[0] = 50;
    printf("%d %d\n", *crp, arr[0]);
    static const char *const table[] = {"a", "b"};
    printf("%s%s\n", table[0], table[1]);
    return 0;
}
