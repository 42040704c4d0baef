// covers: integer division and modulo with all sign combinations for int, long long, unsigned, char; identity (a/b)*b + a%b == a; division by powers of two vs shifts; modulo of negative numbers
#include <stdio.h>
#include <limits.h>

int main(void) {
    int nums[] = {17, -17, 16, -16, 1, -1, 0, 100, -100, INT_MAX, INT_MIN};
    int dens[] = {5, -5, 4, -4, 1, -1, 3, -3, 7, 1000};
    int ok = 1;
    for (unsigned i = 0; i < sizeof nums / sizeof *nums; i++) {
        for (unsigned j = 0; j < sizeof dens / sizeof *dens; j++) {
            int a = nums[i], b = dens[j];
            if (a == INT_MIN && b == -1) continue;
            int q = a / b, r = a % b;
            if (q * b + r != a) ok = 0;
            printf("%d/%d=%d r%d  ", a, b, q, r);
        }
        printf("\n");
    }
    printf("identity ok=%d\n", ok);
    long long la = -123456789012345LL;
    printf("%lld %lld\n", la / 1000, la % 1000);
    printf("%lld %lld\n", la / -7, la % -7);
    unsigned ua = 4000000000u;
    printf("%u %u %u\n", ua / 3, ua % 3, ua / 65536);
    for (int v = -9; v <= 9; v += 3)
        printf("%d: /4=%d >>2=%d %%4=%d &3=%d\n", v, v / 4, v >> 2, v % 4, v & 3);
    signed char sc = -7;
    printf("%d %d\n", sc / 2, sc % 2);
    unsigned char uc = 255;
    printf("%d %d\n", uc / 16, uc % 16);
    int x = 1234567;
    int digits = 0, rev = 0;
    while (x) { rev = rev * 10 + x % 10; x /= 10; digits++; }
    printf("%d %d\n", digits, rev);
    int neg = -1234567;
    int dsum = 0;
    while (neg) { dsum += neg % 10; neg /= 10; }
    printf("%d\n", dsum);
    long long m = 1000000007LL, base = 2, e = 1000000, res = 1;
    while (e) { if (e & 1) res = res * base % m; base = base * base % m; e >>= 1; }
    printf("%lld\n", res);
    return 0;
}
