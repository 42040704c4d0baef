// covers: bit-field compound assignment (+= -= *= /= %= <<= >>= &= |= ^=), pre/post increment/decrement on signed and unsigned bit-fields with wrap, bit-fields in loops as counters, bit-fields through pointers and arrays of structs
#include <stdio.h>

struct st { unsigned cnt : 4; int sv : 5; unsigned big : 20; unsigned flag : 1; };

int main(void) {
    struct st s = {0, 0, 0, 0};
    for (int i = 0; i < 20; i++) { s.cnt++; printf("%u ", s.cnt); }
    printf("\n");
    for (int i = 0; i < 20; i++) { s.sv += 3; printf("%d ", s.sv); }
    printf("\n");
    s.sv = 0;
    for (int i = 0; i < 20; i++) { int old = s.sv--; printf("%d>%d ", old, s.sv); }
    printf("\n");
    s.big = 1000;
    s.big *= 1000;  printf("%u ", s.big);
    s.big /= 7;     printf("%u ", s.big);
    s.big %= 1000;  printf("%u ", s.big);
    s.big <<= 12;   printf("%u ", s.big);
    s.big >>= 3;    printf("%u ", s.big);
    s.big &= 0xff0f; printf("%u ", s.big);
    s.big |= 0xf0000; printf("%u ", s.big);
    s.big ^= 0xfffff; printf("%u\n", s.big);
    s.flag ^= 1; printf("%u ", s.flag);
    s.flag ^= 1; printf("%u ", s.flag);
    s.flag += 3; printf("%u\n", s.flag);
    struct st arr[3] = {{1, -1, 1, 0}, {2, -2, 2, 1}, {3, -3, 3, 0}};
    struct st *p = arr;
    for (int i = 0; i < 3; i++, p++) { p->cnt *= 5; p->sv *= 5; ++p->big; p->flag = !p->flag; }
    for (int i = 0; i < 3; i++) printf("%u %d %u %u | ", arr[i].cnt, arr[i].sv, arr[i].big, arr[i].flag);
    printf("\n");
    int pre = ++arr[0].cnt;
    int post = arr[0].cnt++;
    printf("%d %d %u\n", pre, post, arr[0].cnt);
    unsigned steps = 0;
    for (s.cnt = 0; s.cnt < 14; s.cnt += 2) steps++;
    printf("%u %u\n", steps, s.cnt);
    return 0;
}
