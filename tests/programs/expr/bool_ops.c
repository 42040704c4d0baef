// covers: _Bool conversions (nonzero->1, pointers, doubles), _Bool arithmetic, increment/decrement of _Bool, compound assignment to _Bool, stdbool.h
#pragma GCC diagnostic ignored "-Wbool-operation"
#pragma GCC diagnostic ignored "-Waddress"
#pragma GCC diagnostic ignored "-Wint-in-bool-context"
#include <stdio.h>
#include <stdbool.h>

int main(void) {
    _Bool b = 0;
    b = 5;
    printf("%d\n", b);
    b = -3;
    printf("%d\n", b);
    b = 0.25;
    printf("%d\n", b);
    b = 0.0;
    printf("%d\n", b);
    int x = 0;
    b = &x;
    printf("%d\n", b);
    b = (void *)0;
    printf("%d\n", b);
    b = 256;     /* not truncation: 1 */
    printf("%d\n", b);
    b = 0;
    b++;
    printf("%d\n", b);
    b++;
    printf("%d\n", b);
    b--;
    printf("%d\n", b);
    b--;
    printf("%d\n", b);
    b = 1;
    b += 1;
    printf("%d\n", b);
    b -= 1;
    printf("%d\n", b);
    b = 1;
    b *= 7;
    printf("%d\n", b);
    b &= 2;
    printf("%d\n", b);
    b |= 4;
    printf("%d\n", b);
    b ^= 1;
    printf("%d\n", b);
    bool t = true, f = false;
    printf("%d %d %d %d\n", t + t, t - f, t * 5, -t);
    printf("%d\n", (int)sizeof(bool));
    bool arr[5] = {1, 0, 2, -1, 0};
    int count = 0;
    for (int i = 0; i < 5; i++) count += arr[i];
    printf("%d\n", count);
    bool pre = 0;
    int r1 = ++pre;
    int r2 = pre++;
    int r3 = --pre;
    printf("%d %d %d %d\n", r1, r2, r3, pre);
    unsigned long long big = 1ULL << 63;
    bool fb = big;
    printf("%d %d\n", fb, (bool)(big >> (64 - 1)));
    printf("%d\n", true && !false);
    return 0;
}
