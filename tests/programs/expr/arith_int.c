// covers: int arithmetic + - * / % unary -, +, division truncation toward zero, INT_MIN/INT_MAX edges
#include <stdio.h>
#include <limits.h>

static int vals[] = {0, 1, -1, 2, -2, 7, -7, 13, -13, 100, -100, 12345, -12345, INT_MAX, INT_MIN + 1};
#define N (int)(sizeof vals / sizeof vals[0])

int main(void) {
    long long sum = 0;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            int a = vals[i], b = vals[j];
            long long add = (long long)a + b;
            long long sub = (long long)a - b;
            long long mul = (long long)a * b;
            if (add >= INT_MIN && add <= INT_MAX) sum += a + b;
            if (sub >= INT_MIN && sub <= INT_MAX) sum += a - b;
            if (mul >= INT_MIN && mul <= INT_MAX) sum ^= (long long)(a * b);
            if (b != 0) {
                printf("%d / %d = %d, %d %% %d = %d\n", a, b, a / b, a, b, a % b);
            }
        }
    }
    printf("checksum %lld\n", sum);
    int x = 17, y = 5;
    printf("%d %d %d %d %d\n", x + y, x - y, x * y, x / y, x % y);
    printf("%d %d %d %d\n", -x / y, -x % y, x / -y, x % -y);
    printf("%d %d\n", -(-x), +x);
    printf("%d\n", INT_MAX / -1);
    printf("%d\n", INT_MIN / 1);
    printf("%d\n", INT_MIN % 7);
    printf("%d\n", (INT_MIN + 1) * -1);
    int z = 0;
    z = z * 3 + 4 - 2 / 1 % 5;
    printf("%d\n", z);
    return 0;
}
